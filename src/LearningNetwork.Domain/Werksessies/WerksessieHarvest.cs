using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Werksessies;

/// <summary>
/// What a werksessie yielded, recorded by its organiser after it began: the eye-openers, reworded learning questions
/// and agreed next steps. Those who took part add and correct for a week (<see cref="CorrectionWindow"/>); then it is
/// published to the audience the organiser chose, and the eye-openers whose municipality consented become reflections
/// on its project, the rewordings new wordings of the questions (their history keeps the old).
/// </summary>
public sealed class WerksessieHarvest
{
    public const int MaxEyeOpeners = 10;
    public const int MaxRewordings = 5;
    public const int MaxNextSteps = 10;
    public const int StepMaxLength = 300;

    /// <summary>How long those who took part add and correct before it is published.</summary>
    public static readonly TimeSpan CorrectionWindow = TimeSpan.FromDays(7);

    private readonly List<HarvestEyeOpener> _eyeOpeners = [];
    private readonly List<HarvestRewording> _rewordings = [];
    private readonly List<HarvestNextStep> _nextSteps = [];

    public WerksessieHarvest(int werksessieId, string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        WerksessieId = werksessieId;
        RecordedByUserId = userId;
        UpdatedByUserId = userId;
        RecordedAtUtc = nowUtc;
        UpdatedAtUtc = nowUtc;
        CorrectionsCloseAtUtc = nowUtc + CorrectionWindow;
        Audience = Visibility.Network;
    }

    private WerksessieHarvest()
    {
        RecordedByUserId = null!;
        UpdatedByUserId = null!;
    }

    public int Id { get; private set; }

    public int WerksessieId { get; private set; }

    /// <summary>Network (every signed-in user) or Public (also visitors), once published; never Draft.</summary>
    public Visibility Audience { get; private set; }

    public string RecordedByUserId { get; private set; }

    public DateTime RecordedAtUtc { get; private set; }

    /// <summary>Until when those who took part add and correct; published then.</summary>
    public DateTime CorrectionsCloseAtUtc { get; private set; }

    public DateTime? PublishedAtUtc { get; private set; }

    public string UpdatedByUserId { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>One higher at every save: a form saved over someone else's newer save is refused.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<HarvestEyeOpener> EyeOpeners => _eyeOpeners;

    public IReadOnlyCollection<HarvestRewording> Rewordings => _rewordings;

    public IReadOnlyCollection<HarvestNextStep> NextSteps => _nextSteps;

    public bool OpenForCorrections(DateTime nowUtc) => PublishedAtUtc is null && nowUtc < CorrectionsCloseAtUtc;

    /// <summary>
    /// Saves the whole harvest as the form holds it: rows with an id are changed in place (so a next step keeps its
    /// done mark and an eye-opener its consent where still due), rows without one are added, rows left out removed.
    /// </summary>
    public void Save(Visibility audience, IReadOnlyList<EyeOpenerInput> eyeOpeners, IReadOnlyList<RewordingInput> rewordings, IReadOnlyList<NextStepInput> nextSteps, string userId, DateTime nowUtc)
    {
        if (!OpenForCorrections(nowUtc))
        {
            throw new InvalidOperationException("The harvest is closed for corrections.");
        }

        if (audience == Visibility.Draft)
        {
            throw new ArgumentOutOfRangeException(nameof(audience), "A harvest is published to the network or the public.");
        }

        if (eyeOpeners.Count > MaxEyeOpeners || rewordings.Count > MaxRewordings || nextSteps.Count > MaxNextSteps)
        {
            throw new ArgumentException("Too many rows.");
        }

        Audience = audience;
        Merge(_eyeOpeners, eyeOpeners, i => i.Id, e => e.Id, i => new HarvestEyeOpener(i, userId, nowUtc), (e, i) => e.Change(i, userId, nowUtc));
        Merge(_rewordings, rewordings, i => i.Id, r => r.Id, i => new HarvestRewording(i, userId), (r, i) => r.Change(i, userId));
        Merge(_nextSteps, nextSteps, i => i.Id, s => s.Id, i => new HarvestNextStep(i), (s, i) => s.Change(i));
        UpdatedByUserId = userId;
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    private static void Merge<TRow, TInput>(List<TRow> rows, IReadOnlyList<TInput> inputs, Func<TInput, int> inputId, Func<TRow, int> rowId, Func<TInput, TRow> create, Action<TRow, TInput> change)
    {
        var kept = inputs.Where(i => inputId(i) != 0).Select(inputId).ToHashSet();
        rows.RemoveAll(r => !kept.Contains(rowId(r)));
        foreach (var input in inputs)
        {
            if (inputId(input) == 0)
            {
                rows.Add(create(input));
            }
            else
            {
                change(rows.SingleOrDefault(r => rowId(r) == inputId(input)) ?? throw new ArgumentException("Unknown row.", nameof(inputs)), input);
            }
        }
    }
}

/// <summary>An eye-opener as the form holds it; <see cref="ConsentByUserId"/> is the person of its municipality who consented to naming it, or null.</summary>
public sealed record EyeOpenerInput(int Id, int MunicipalityId, int ExperimentId, string Title, string BodyMarkdown, string BodyHtml, IReadOnlyList<int> Lessons, string? ConsentByUserId);

public sealed record RewordingInput(int Id, int QuestionId, string Text, string? Note);

public sealed record NextStepInput(int Id, string Description, string OwnerUserId, DateOnly DueDate);

/// <summary>
/// An eye-opener of one municipality, about one of its projects. Published as a reflection on that project (kind
/// eye-opener, tagged with the werksessie's barrier and these lessons) only with the consent of someone of that
/// municipality; without it the harvest shows it without naming the municipality.
/// </summary>
public sealed class HarvestEyeOpener
{
    internal HarvestEyeOpener(EyeOpenerInput input, string userId, DateTime nowUtc)
    {
        Title = null!;
        BodyMarkdown = null!;
        BodyHtml = null!;
        Lessons = [];
        Change(input, userId, nowUtc);
    }

    private HarvestEyeOpener()
    {
        Title = null!;
        BodyMarkdown = null!;
        BodyHtml = null!;
        Lessons = [];
    }

    public int Id { get; private set; }

    public int HarvestId { get; private set; }

    public int MunicipalityId { get; private set; }

    public int ExperimentId { get; private set; }

    public string Title { get; private set; }

    public string BodyMarkdown { get; private set; }

    public string BodyHtml { get; private set; }

    public List<int> Lessons { get; private set; }

    public string? ConsentByUserId { get; private set; }

    public DateTime? ConsentAtUtc { get; private set; }

    public string? ChangedByUserId { get; private set; }

    /// <summary>The reflection it became when published with consent.</summary>
    public int? ReflectionId { get; private set; }

    public void BecameReflection(int reflectionId) => ReflectionId = reflectionId;

    internal void Change(EyeOpenerInput input, string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Title);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.BodyMarkdown);
        if (input.ConsentByUserId != ConsentByUserId)
        {
            ConsentAtUtc = input.ConsentByUserId is null ? null : nowUtc;
        }

        MunicipalityId = input.MunicipalityId;
        ExperimentId = input.ExperimentId;
        Title = input.Title.Trim();
        BodyMarkdown = input.BodyMarkdown.Trim();
        BodyHtml = input.BodyHtml;
        Lessons = [.. input.Lessons.Distinct().Order()];
        ConsentByUserId = input.ConsentByUserId;
        ChangedByUserId = userId;
    }
}

/// <summary>A new wording agreed for a learning question of a municipality that took part; applied when published.</summary>
public sealed class HarvestRewording
{
    internal HarvestRewording(RewordingInput input, string userId)
    {
        Text = null!;
        ChangedByUserId = null!;
        Change(input, userId);
    }

    private HarvestRewording()
    {
        Text = null!;
        ChangedByUserId = null!;
    }

    public int Id { get; private set; }

    public int HarvestId { get; private set; }

    public int QuestionId { get; private set; }

    public string Text { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Who wrote it last: a person of the question's municipality, named in the question's history.</summary>
    public string ChangedByUserId { get; private set; }

    internal void Change(RewordingInput input, string userId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Text);
        QuestionId = input.QuestionId;
        Text = input.Text.Trim();
        Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        ChangedByUserId = userId;
    }
}

/// <summary>
/// A next step agreed, with its owner and date. When the date passes and it is not done, the owner is told once (a
/// notification) per date: moving the date arms it again.
/// </summary>
public sealed class HarvestNextStep
{
    internal HarvestNextStep(NextStepInput input)
    {
        Description = null!;
        OwnerUserId = null!;
        Change(input);
    }

    private HarvestNextStep()
    {
        Description = null!;
        OwnerUserId = null!;
    }

    public int Id { get; private set; }

    public int HarvestId { get; private set; }

    public string Description { get; private set; }

    public string OwnerUserId { get; private set; }

    public DateOnly DueDate { get; private set; }

    public DateTime? DoneAtUtc { get; private set; }

    /// <summary>When the owner was told it passed its date (for the current date and owner).</summary>
    public DateTime? OverdueNotifiedAtUtc { get; private set; }

    public void MarkDone(bool done, DateTime nowUtc) => DoneAtUtc = done ? DoneAtUtc ?? nowUtc : null;

    internal void Change(NextStepInput input)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(input.Description);
        ArgumentException.ThrowIfNullOrWhiteSpace(input.OwnerUserId);
        if (input.DueDate != DueDate || input.OwnerUserId != OwnerUserId)
        {
            OverdueNotifiedAtUtc = null;
        }

        Description = input.Description.Trim();
        OwnerUserId = input.OwnerUserId;
        DueDate = input.DueDate;
    }
}
