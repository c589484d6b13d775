using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>One of the schetsboek's eleven lessons.</summary>
public sealed class Lesson
{
    public const int Count = 11;

    public Lesson(int number, LessonGroup group, LocalizedText title, LocalizedText description)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Count);
        Number = number;
        Group = group;
        Title = title;
        Description = description;
    }

    private Lesson()
    {
        Title = null!;
        Description = null!;
    }

    public int Number { get; private set; }

    public LessonGroup Group { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Description { get; private set; }
}
