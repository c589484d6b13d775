using LearningNetwork.Domain.Common;

namespace LearningNetwork.Domain.Experiments;

/// <summary>
/// A coupling experiment (koppelkans) of one municipality: what it couples, with whom, where it stands, which
/// barriers it met and which lessons it applied. Its timeline is its learning history.
/// </summary>
public sealed class Experiment : IMunicipalityContent
{
    public const int TitleMaxLength = 200;
    public const int PlaceMaxLength = 100;
    public const int SummaryMaxLength = 4000;
    public const int NoteMaxLength = 2000;
    public const int ReasonMaxLength = 1000;
    public const int MaxHomes = 1_000_000;
    public const int OtherCouplingMaxLength = 200;

    private readonly List<ExperimentTheme> _themes = [];
    private readonly List<ExperimentPartner> _partners = [];
    private readonly List<ExperimentBarrier> _barriers = [];
    private readonly List<ExperimentLesson> _lessons = [];
    private readonly List<TimelineEntry> _timeline = [];
    private readonly List<ExperimentWork> _works = [];
    private readonly List<ExperimentRecordTag> _recordTags = [];

    public Experiment(int municipalityId, ExperimentDetails details, ExperimentStatus status, string createdByUserId, DateTime nowUtc, string note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(createdByUserId);
        MunicipalityId = municipalityId;
        CreatedByUserId = createdByUserId;
        CreatedAtUtc = nowUtc;
        Title = null!;
        Summary = null!;
        Apply(details, nowUtc);
        Status = status;
        _timeline.Add(new TimelineEntry(TimelineEntryKind.StatusChange, null, status, note, createdByUserId, nowUtc));
    }

    private Experiment()
    {
        Title = null!;
        Summary = null!;
        CreatedByUserId = null!;
    }

    public int Id { get; private set; }

    public int MunicipalityId { get; private set; }

    public string Title { get; private set; }

    public string? Neighbourhood { get; private set; }

    public string? Place { get; private set; }

    public string Summary { get; private set; }

    public int? Homes { get; private set; }

    public DateOnly? StartDate { get; private set; }

    public DateOnly? EndDate { get; private set; }

    public DatePrecision StartPrecision { get; private set; } = DatePrecision.Day;

    public DatePrecision EndPrecision { get; private set; } = DatePrecision.Day;

    /// <summary>What it couples beyond the eight example themes ("anders, namelijk …"), when anything.</summary>
    public string? OtherCoupling { get; private set; }

    /// <summary>The schetsboek's example this project is, when its municipality claimed it; the source stays linked.</summary>
    public int? SourcedExampleId { get; private set; }

    public string? ContactUserId { get; private set; }

    public Visibility Visibility { get; private set; }

    public ExperimentStatus Status { get; private set; }

    /// <summary>Why it stalled or stopped; empty otherwise.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>Raised on every change; a save that started from an older version is refused.</summary>
    public int Version { get; private set; } = 1;

    public string CreatedByUserId { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime UpdatedAtUtc { get; private set; }

    public DateTime? DeletedAtUtc { get; private set; }

    public string? DeletedByUserId { get; private set; }

    public IReadOnlyCollection<ExperimentTheme> Themes => _themes;

    public IReadOnlyCollection<ExperimentPartner> Partners => _partners;

    public IReadOnlyCollection<ExperimentBarrier> Barriers => _barriers;

    public IReadOnlyCollection<ExperimentLesson> Lessons => _lessons;

    public IReadOnlyCollection<TimelineEntry> Timeline => _timeline;

    /// <summary>The record's works as rows, for the coupling-window radar.</summary>
    public IReadOnlyCollection<ExperimentWork> Works => _works;

    /// <summary>The record's lists as rows, for the list page's filter (ADR 0019); follow the record.</summary>
    public IReadOnlyCollection<ExperimentRecordTag> RecordTags => _recordTags;

    /// <summary>The full case record: timing, money, law and contracts, who is involved; empty until someone fills it.</summary>
    public CaseRecord Record { get; private set; } = CaseRecord.Empty;

    /// <summary>
    /// Replaces the case record; no period ends before it starts, no list names a thing twice. <see cref="Works"/> and
    /// <see cref="RecordTags"/> follow it, so they must be loaded first.
    /// </summary>
    public void SetRecord(CaseRecord record, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Phases.Any(p => Before(p.PlannedTo, p.PlannedFrom) || Before(p.ActualTo, p.ActualFrom)) || record.Works.Any(w => Before(w.WindowTo, w.WindowFrom)))
        {
            throw new ArgumentException("A period ends before it starts.", nameof(record));
        }

        if (record.Phases.Any(p => !CaseRecord.DatedPhases.Contains(p.Phase)) || record.Phases.DistinctBy(p => p.Phase).Count() != record.Phases.Count
            || record.Funding.DistinctBy(f => f.Source).Count() != record.Funding.Count || record.Legal.DistinctBy(l => l.Instrument).Count() != record.Legal.Count
            || record.Departments.Distinct().Count() != record.Departments.Count || record.Roles.Distinct().Count() != record.Roles.Count
            || record.ContactUserIds.Distinct().Count() != record.ContactUserIds.Count || record.ContactUserIds.Contains(ContactUserId))
        {
            throw new ArgumentException("A list names something twice.", nameof(record));
        }

        if (record.Works.Count > CaseRecord.MaxWorks || record.ContactUserIds.Count > CaseRecord.MaxContacts || record.Works.Any(w => string.IsNullOrWhiteSpace(w.Description))
            || record.UnprofitableTopPerHome is < 0 or > CaseRecord.MaxUnprofitableTopPerHome)
        {
            throw new ArgumentException("The record is out of bounds.", nameof(record));
        }

        // Kept as the page shows it: no empty phases, texts trimmed, blank texts none at all.
        record = record with
        {
            Phases = [.. record.Phases.Where(p => !p.IsEmpty()).OrderBy(p => p.Phase)],
            Works = [.. record.Works.Select(w => w with { Description = w.Description.Trim(), Owner = Blank(w.Owner) })],
            Funding = [.. record.Funding.Select(f => f with { Name = Blank(f.Name) })],
            LegalNote = Blank(record.LegalNote),
        };
        Record = record;
        var tags = record.Tags().ToList();
        _recordTags.RemoveAll(t => !tags.Contains(t.Tag));
        _recordTags.AddRange(tags.Where(tag => _recordTags.All(t => t.Tag != tag)).Select(tag => new ExperimentRecordTag(tag)));
        // The works' rows follow the record in place: a row for the same work keeps what the municipality was told
        // of it (a save never writes that column, so it cannot undo a prompt sent meanwhile).
        _works.RemoveAll(row => !record.Works.Any(row.IsSame));
        foreach (var work in record.Works)
        {
            if (_works.FirstOrDefault(row => row.IsSame(work)) is { } row)
            {
                row.Change(work);
            }
            else
            {
                _works.Add(new ExperimentWork(work));
            }
        }

        UpdatedAtUtc = nowUtc;
        Version++;
    }

    public void Update(ExperimentDetails details, DateTime nowUtc)
    {
        Apply(details, nowUtc);
        Version++;
    }

    /// <summary>Moves to another status (backwards too); Stalled and Stopped need a reason. Always a timeline entry.</summary>
    public void ChangeStatus(ExperimentStatus to, string note, string? reason, string userId, DateTime nowUtc)
    {
        if (!Enum.IsDefined(to))
        {
            throw new ArgumentOutOfRangeException(nameof(to));
        }

        if (to.NeedsReason() && string.IsNullOrWhiteSpace(reason))
        {
            throw new ArgumentException("Stalled and Stopped need a reason.", nameof(reason));
        }

        _timeline.Add(new TimelineEntry(TimelineEntryKind.StatusChange, Status, to, note, userId, nowUtc));
        Status = to;
        StatusReason = to.NeedsReason() ? reason!.Trim() : null;
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    public void AddToTimeline(TimelineEntryKind kind, string note, string userId, DateTime nowUtc)
    {
        if (kind == TimelineEntryKind.StatusChange)
        {
            throw new ArgumentException("Status changes go through ChangeStatus.", nameof(kind));
        }

        _timeline.Add(new TimelineEntry(kind, null, null, note, userId, nowUtc));
        UpdatedAtUtc = nowUtc;
        Version++;
    }

    public void Delete(string userId, DateTime nowUtc)
    {
        DeletedAtUtc = nowUtc;
        DeletedByUserId = userId;
        Version++;
    }

    public void Restore()
    {
        DeletedAtUtc = null;
        DeletedByUserId = null;
        Version++;
    }

    private void Apply(ExperimentDetails details, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(details.Title);
        if (details.Themes.Count == 0 && string.IsNullOrWhiteSpace(details.OtherCoupling))
        {
            throw new ArgumentException("An experiment couples at least one theme, or something else it names.", nameof(details));
        }

        if (details.StartDate is { } start && details.EndDate is { } end
            && DatePrecisions.End(end, details.EndPrecision) < DatePrecisions.Start(start, details.StartPrecision))
        {
            throw new ArgumentException("The end is before the start.", nameof(details));
        }

        Title = details.Title.Trim();
        Neighbourhood = Blank(details.Neighbourhood);
        Place = Blank(details.Place);
        Summary = details.Summary.Trim();
        Homes = details.Homes;
        StartDate = details.StartDate is { } from ? DatePrecisions.Start(from, details.StartPrecision) : null;
        EndDate = details.EndDate is { } to ? DatePrecisions.Start(to, details.EndPrecision) : null;
        StartPrecision = details.StartDate is null ? DatePrecision.Day : details.StartPrecision;
        EndPrecision = details.EndDate is null ? DatePrecision.Day : details.EndPrecision;
        OtherCoupling = Blank(details.OtherCoupling);
        SourcedExampleId = details.SourcedExampleId;
        ContactUserId = details.ContactUserId;
        Visibility = details.Visibility;
        UpdatedAtUtc = nowUtc;

        _themes.RemoveAll(t => !details.Themes.Contains(t.ThemeKey));
        foreach (var key in details.Themes.Where(k => _themes.All(t => t.ThemeKey != k)))
        {
            _themes.Add(new ExperimentTheme(key));
        }

        _partners.Clear();
        _partners.AddRange(details.Partners.Select(p => new ExperimentPartner(p.Type, p.Name.Trim())));

        _barriers.RemoveAll(b => details.Barriers.All(d => d.BarrierNumber != b.BarrierNumber));
        foreach (var barrier in details.Barriers)
        {
            var existing = _barriers.SingleOrDefault(b => b.BarrierNumber == barrier.BarrierNumber);
            if (existing is null)
            {
                _barriers.Add(new ExperimentBarrier(barrier.BarrierNumber, barrier.State, Blank(barrier.Note), nowUtc));
            }
            else
            {
                existing.Set(barrier.State, Blank(barrier.Note), nowUtc);
            }
        }

        _lessons.RemoveAll(l => details.Lessons.All(d => d.LessonNumber != l.LessonNumber));
        foreach (var lesson in details.Lessons)
        {
            var existing = _lessons.SingleOrDefault(l => l.LessonNumber == lesson.LessonNumber);
            if (existing is null)
            {
                _lessons.Add(new ExperimentLesson(lesson.LessonNumber, lesson.Helped, Blank(lesson.Note)));
            }
            else
            {
                existing.Set(lesson.Helped, Blank(lesson.Note));
            }
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static bool Before(DateOnly? end, DateOnly? start) => end is { } e && start is { } s && e < s;
}

/// <summary>Everything a member edits about an experiment in one form.</summary>
public sealed record ExperimentDetails(
    string Title,
    string? Neighbourhood,
    string? Place,
    string Summary,
    int? Homes,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? ContactUserId,
    Visibility Visibility,
    IReadOnlyList<string> Themes,
    IReadOnlyList<PartnerDetails> Partners,
    IReadOnlyList<BarrierDetails> Barriers,
    IReadOnlyList<LessonDetails> Lessons,
    DatePrecision StartPrecision = DatePrecision.Day,
    DatePrecision EndPrecision = DatePrecision.Day,
    string? OtherCoupling = null,
    int? SourcedExampleId = null);

public sealed record PartnerDetails(PartnerType Type, string Name);

public sealed record BarrierDetails(int BarrierNumber, BarrierState State, string? Note);

public sealed record LessonDetails(int LessonNumber, LessonHelped Helped, string? Note);
