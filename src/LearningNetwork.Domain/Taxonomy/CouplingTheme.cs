using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>One of the eight challenges the natural-gas-free task can be coupled to.</summary>
public sealed class CouplingTheme
{
    public const int Count = 8;
    public const int KeyMaxLength = 40;

    public CouplingTheme(string key, int sortOrder, ThemeDomain domain, LocalizedText title, LocalizedText description)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(key);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(key.Length, KeyMaxLength);
        Key = key;
        SortOrder = sortOrder;
        Domain = domain;
        Title = title;
        Description = description;
    }

    private CouplingTheme()
    {
        Key = null!;
        Title = null!;
        Description = null!;
    }

    public string Key { get; private set; }

    public int SortOrder { get; private set; }

    public ThemeDomain Domain { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Description { get; private set; }
}
