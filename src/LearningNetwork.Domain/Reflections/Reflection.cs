using LearningNetwork.Domain.Moderation;

namespace LearningNetwork.Domain.Reflections;

/// <summary>What kind of lesson learned a reflection is.</summary>
public enum ReflectionKind
{
    WhatWorked = 1,
    WhatDidNotWork = 2,
    EyeOpener = 3,
    TipForOthers = 4,
}

/// <summary>
/// A lesson learned on an experiment, written by a member of its municipality: Markdown, rendered once to safe
/// HTML and stored, tagged with at least one lesson or barrier. It has its experiment's visibility.
/// </summary>
public sealed class Reflection : HideableContent
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 20_000;

    private readonly List<ReflectionLesson> _lessons = [];
    private readonly List<ReflectionBarrier> _barriers = [];

    public Reflection(int experimentId, string authorUserId, ReflectionKind kind, string title, string bodyMarkdown, string bodyHtml, IReadOnlyList<int> lessons, IReadOnlyList<int> barriers, int? timelineEntryId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(authorUserId);
        ExperimentId = experimentId;
        AuthorUserId = authorUserId;
        CreatedAtUtc = nowUtc;
        Title = null!;
        BodyMarkdown = null!;
        BodyHtml = null!;
        Edit(kind, title, bodyMarkdown, bodyHtml, lessons, barriers, timelineEntryId, nowUtc);
    }

    private Reflection()
    {
        AuthorUserId = null!;
        Title = null!;
        BodyMarkdown = null!;
        BodyHtml = null!;
    }

    public int Id { get; private set; }

    public int ExperimentId { get; private set; }

    public string AuthorUserId { get; private set; }

    public ReflectionKind Kind { get; private set; }

    public string Title { get; private set; }

    public string BodyMarkdown { get; private set; }

    /// <summary>The body rendered with Markdig and sanitised, at save time: never rendered on a view.</summary>
    public string BodyHtml { get; private set; }

    public int? TimelineEntryId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public IReadOnlyCollection<ReflectionLesson> Lessons => _lessons;

    public IReadOnlyCollection<ReflectionBarrier> Barriers => _barriers;

    public void Edit(ReflectionKind kind, string title, string bodyMarkdown, string bodyHtml, IReadOnlyList<int> lessons, IReadOnlyList<int> barriers, int? timelineEntryId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        if (lessons.Count + barriers.Count == 0)
        {
            throw new ArgumentException("A reflection is tagged with at least one lesson or barrier.", nameof(lessons));
        }

        Kind = kind;
        Title = title.Trim();
        BodyMarkdown = bodyMarkdown;
        BodyHtml = bodyHtml;
        TimelineEntryId = timelineEntryId;
        UpdatedAtUtc = nowUtc;
        _lessons.RemoveAll(l => !lessons.Contains(l.LessonNumber));
        _lessons.AddRange(lessons.Distinct().Where(n => _lessons.All(l => l.LessonNumber != n)).Select(n => new ReflectionLesson(n)));
        _barriers.RemoveAll(b => !barriers.Contains(b.BarrierNumber));
        _barriers.AddRange(barriers.Distinct().Where(n => _barriers.All(b => b.BarrierNumber != n)).Select(n => new ReflectionBarrier(n)));
    }
}

public sealed class ReflectionLesson(int lessonNumber)
{
    public int ReflectionId { get; private set; }

    public int LessonNumber { get; private set; } = lessonNumber;
}

public sealed class ReflectionBarrier(int barrierNumber)
{
    public int ReflectionId { get; private set; }

    public int BarrierNumber { get; private set; } = barrierNumber;
}

/// <summary>One person's "herkenbaar" (recognisable) mark on a reflection; at most one per person.</summary>
public sealed class Recognition(int reflectionId, string userId, DateTime atUtc)
{
    public int ReflectionId { get; private set; } = reflectionId;

    public string UserId { get; private set; } = userId;

    public DateTime AtUtc { get; private set; } = atUtc;
}
