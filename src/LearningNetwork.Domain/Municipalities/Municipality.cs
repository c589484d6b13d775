using System.Text.RegularExpressions;

namespace LearningNetwork.Domain.Municipalities;

/// <summary>A Dutch municipality (gemeente), identified by its CBS code (GM + four digits).</summary>
public sealed partial class Municipality
{
    public const int NameMaxLength = 100;
    public const int CbsCodeLength = 6;

    public Municipality(string name, string cbsCode, Province province)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, NameMaxLength);
        if (!IsValidCbsCode(cbsCode))
        {
            throw new ArgumentException($"'{cbsCode}' is not a CBS municipality code (GM followed by four digits).", nameof(cbsCode));
        }

        Name = name.Trim();
        CbsCode = cbsCode;
        Province = province;
    }

    private Municipality()
    {
        Name = null!;
        CbsCode = null!;
    }

    public int Id { get; private set; }

    public string Name { get; private set; }

    public string CbsCode { get; private set; }

    public Province Province { get; private set; }

    public static bool IsValidCbsCode(string? code) => code is not null && CbsCodePattern().IsMatch(code);

    [GeneratedRegex("^GM[0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex CbsCodePattern();
}
