using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Taxonomy;

/// <summary>One of the schetsboek's seven barriers, with the lessons the schetsboek says help against it.</summary>
public sealed class Barrier
{
    public const int Count = 7;

    private readonly List<BarrierLesson> _helpfulLessons = [];

    public Barrier(int number, LocalizedText title, LocalizedText description, IEnumerable<int> helpfulLessons)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(number, Count);
        Number = number;
        Title = title;
        Description = description;
        _helpfulLessons.AddRange(helpfulLessons.Distinct().Order().Select(lesson => new BarrierLesson(number, lesson)));
    }

    private Barrier()
    {
        Title = null!;
        Description = null!;
    }

    public int Number { get; private set; }

    public LocalizedText Title { get; private set; }

    public LocalizedText Description { get; private set; }

    public IReadOnlyCollection<BarrierLesson> HelpfulLessons => _helpfulLessons;
}
