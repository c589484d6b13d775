namespace LearningNetwork.Domain.Experiments;

public sealed class ExperimentTheme
{
    public ExperimentTheme(string themeKey) => ThemeKey = themeKey;

    public int ExperimentId { get; private set; }

    public string ThemeKey { get; private set; }
}

public sealed class ExperimentPartner
{
    public const int NameMaxLength = 150;

    public ExperimentPartner(PartnerType type, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Type = type;
        Name = name;
    }

    public int Id { get; private set; }

    public int ExperimentId { get; private set; }

    public PartnerType Type { get; private set; }

    public string Name { get; private set; }
}

/// <summary>
/// A barrier (1–7) as this experiment met it: the state and how it showed or how it was overcome, and since when:
/// the time it reached its state (how recently a peer overcame it) and the time it first blocked (how long it took).
/// Both are unknown (null) for barriers recorded before they were kept.
/// </summary>
public sealed class ExperimentBarrier
{
    public ExperimentBarrier(int barrierNumber, BarrierState state, string? note, DateTime nowUtc)
    {
        BarrierNumber = barrierNumber;
        State = state;
        Note = note;
        StateSinceUtc = nowUtc;
        BlockingSinceUtc = state == BarrierState.StillBlocking ? nowUtc : null;
    }

    private ExperimentBarrier()
    {
    }

    public int ExperimentId { get; private set; }

    public int BarrierNumber { get; private set; }

    public BarrierState State { get; private set; }

    public string? Note { get; private set; }

    /// <summary>When the barrier reached its present state.</summary>
    public DateTime? StateSinceUtc { get; private set; }

    /// <summary>When the barrier first blocked this experiment, whatever it did after.</summary>
    public DateTime? BlockingSinceUtc { get; private set; }

    public void Set(BarrierState state, string? note, DateTime nowUtc)
    {
        if (state != State)
        {
            StateSinceUtc = nowUtc;
        }

        if (state == BarrierState.StillBlocking)
        {
            BlockingSinceUtc ??= nowUtc;
        }

        State = state;
        Note = note;
    }
}

/// <summary>A lesson (1–11) as this experiment applied it: how, and whether it helped.</summary>
public sealed class ExperimentLesson
{
    public ExperimentLesson(int lessonNumber, LessonHelped helped, string? note)
    {
        LessonNumber = lessonNumber;
        Set(helped, note);
    }

    public int ExperimentId { get; private set; }

    public int LessonNumber { get; private set; }

    public LessonHelped Helped { get; private set; }

    public string? Note { get; private set; }

    public void Set(LessonHelped helped, string? note)
    {
        Helped = helped;
        Note = note;
    }
}

/// <summary>A dated line in the experiment's learning history: who, when, from → to, and a note.</summary>
public sealed class TimelineEntry
{
    public TimelineEntry(TimelineEntryKind kind, ExperimentStatus? fromStatus, ExperimentStatus? toStatus, string note, string authorUserId, DateTime atUtc)
    {
        Kind = kind;
        FromStatus = fromStatus;
        ToStatus = toStatus;
        Note = note.Trim();
        AuthorUserId = authorUserId;
        AtUtc = atUtc;
    }

    public int Id { get; private set; }

    public int ExperimentId { get; private set; }

    public TimelineEntryKind Kind { get; private set; }

    public ExperimentStatus? FromStatus { get; private set; }

    public ExperimentStatus? ToStatus { get; private set; }

    public string Note { get; private set; }

    /// <summary>An id only: the author's name is looked up when shown, so deleting an account leaves no name here.</summary>
    public string AuthorUserId { get; private set; }

    public DateTime AtUtc { get; private set; }
}

/// <summary>
/// A work of the project's case record as a row, kept beside the record by <see cref="Experiment.SetRecord"/> in the
/// same save: what the coupling-window radar reads and filters by date. <see cref="PromptedForWindow"/> is the window's
/// start the municipality was told of (18 months ahead, nothing coupled); the row, and so this, stays while the work is
/// the same.
/// </summary>
public sealed class ExperimentWork
{
    public ExperimentWork(CoupledWork work)
    {
        Kind = work.Kind;
        Description = work.Description;
        Owner = work.Owner;
        WindowFrom = work.WindowFrom;
        WindowTo = work.WindowTo;
        Coupled = work.Coupled;
    }

    private ExperimentWork()
    {
        Description = null!;
    }

    public int Id { get; private set; }

    public int ExperimentId { get; private set; }

    public WorkKind Kind { get; private set; }

    public string Description { get; private set; }

    public string? Owner { get; private set; }

    public DateOnly? WindowFrom { get; private set; }

    public DateOnly? WindowTo { get; private set; }

    public bool Coupled { get; private set; }

    public DateOnly? PromptedForWindow { get; private set; }

    /// <summary>The same work, kept as its row: same kind, description and window's start.</summary>
    public bool IsSame(CoupledWork work) => work.Kind == Kind && work.Description == Description && work.WindowFrom == WindowFrom;

    /// <summary>What may change of the same work: its owner, its window's end, whether it is coupled.</summary>
    public void Change(CoupledWork work)
    {
        Owner = work.Owner;
        WindowTo = work.WindowTo;
        Coupled = work.Coupled;
    }
}

/// <summary>One value of a project's case record that the list page filters on (<see cref="CaseRecord.AllTags"/>).</summary>
public sealed class ExperimentRecordTag
{
    public const int MaxLength = 60;

    public ExperimentRecordTag(string tag) => Tag = tag;

    public int ExperimentId { get; private set; }

    public string Tag { get; private set; }
}
