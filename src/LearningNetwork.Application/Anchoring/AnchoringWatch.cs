using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Anchoring;

/// <summary>A project elsewhere that made the step a flagged project has yet to make; <see cref="How"/> is its own words, when it gave them.</summary>
public sealed record AnchoringExampleDto(int ExperimentId, string Title, string Municipality, string? How);

/// <summary>
/// One flag on one project. For <see cref="AnchoringFlagKind.SingleContact"/>, <see cref="Contacts"/> is how many can be
/// asked (0 or 1); for <see cref="AnchoringFlagKind.LongInEarlyPhase"/>, <see cref="Months"/> is how long the project has
/// been in Idee or Voorbereiding, against the network's <see cref="MedianMonths"/>.
/// </summary>
public sealed record AnchoringFlagDto(int ExperimentId, string Title, AnchoringFlagKind Kind, int Contacts, int? Months, int? MedianMonths, IReadOnlyList<AnchoringExampleDto> Examples);

public sealed record DismissedFlagDto(int ExperimentId, string Title, AnchoringFlagKind Kind, string Reason, string? DismissedBy, DateTime DismissedAtUtc);

/// <summary>
/// The watch of one municipality's projects. <see cref="MedianMonths"/> is how long projects in the network took from
/// Idee or Voorbereiding to Uitvoering, over <see cref="MedianSample"/> projects; null while fewer than
/// <see cref="AnchoringWatch.MinimumSample"/> made that step, and then no project is flagged for it.
/// </summary>
public sealed record AnchoringWatchDto(int MunicipalityId, int? MedianMonths, int MedianSample, IReadOnlyList<AnchoringFlagDto> Flags, IReadOnlyList<DismissedFlagDto> Dismissed);

/// <summary>
/// The anchoring watch (barrier 3 of the schetsboek: mooie projecten in de organisatie verankeren is lastig). It
/// flags a municipality's live projects that fewer than two people can be asked about, that are in Idee or
/// Voorbereiding for longer than the network's median, or that claim "Verankerd" without a structural budget line or
/// an owning department; each flag with projects elsewhere that made the step, of those the reader may read. A flag
/// a member set aside, with a reason, is listed apart. Scoped: a digest run works out the median and each
/// municipality's flags once.
/// </summary>
public sealed class AnchoringWatch(IAppDbContext db, TimeProvider clock)
{
    public const int MinimumSample = 5;
    public const int ExamplesPerFlag = 3;
    private const double DaysPerMonth = 365.25 / 12;

    // Candidates read to find examples among, per kind: the most recently updated.
    private const int Candidates = 200;

    private static readonly ExperimentStatus[] Early = [ExperimentStatus.Idea, ExperimentStatus.Preparing];
    private static readonly ExperimentStatus[] MovedOn = [ExperimentStatus.Running, ExperimentStatus.Realised, ExperimentStatus.Anchored];
    private static readonly ExperimentStatus[] Ended = [ExperimentStatus.Stopped, ExperimentStatus.NotCoupled];

    private readonly Dictionary<int, AnchoringWatchDto> _withoutExamples = [];
    private (double? Days, int Sample)? _median;

    /// <summary>The municipality's flags; with examples for its page, without for the digest (which links to the page).</summary>
    public async Task<AnchoringWatchDto> ForAsync(Viewer viewer, int municipalityId, bool withExamples, CancellationToken cancellationToken)
    {
        if (!withExamples && _withoutExamples.TryGetValue(municipalityId, out var known))
        {
            return known;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var median = await MedianAsync(cancellationToken);
        var projects = await db.Experiments.AsNoTracking()
            .Where(e => e.MunicipalityId == municipalityId && e.DeletedAtUtc == null && !Ended.Contains(e.Status))
            .OrderBy(e => e.Title).ThenBy(e => e.Id)
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.Status,
                e.ContactUserId,
                e.CreatedAtUtc,
                e.Record,
                Themes = e.Themes.Select(t => t.ThemeKey).ToList(),

                // Back in Idee or Voorbereiding after having moved on: the stretch starts again there.
                BackAtUtc = e.Timeline.Where(t => t.Kind == TimelineEntryKind.StatusChange && t.FromStatus != null && !Early.Contains(t.FromStatus.Value) && Early.Contains(t.ToStatus!.Value)).Max(t => (DateTime?)t.AtUtc),
            })
            .ToListAsync(cancellationToken);

        // Who can be asked is who is named and still a member: the one who knew may have left.
        var members = (await db.Memberships.Where(m => m.MunicipalityId == municipalityId).Select(m => m.UserId).ToListAsync(cancellationToken)).ToHashSet();
        var raised = new List<(int Id, string Title, AnchoringFlagKind Kind, int Contacts, int? Months, List<string> Themes)>();
        foreach (var p in projects)
        {
            var contacts = p.Record.Contacts(p.ContactUserId).Count(members.Contains);
            if (contacts < 2)
            {
                raised.Add((p.Id, p.Title, AnchoringFlagKind.SingleContact, contacts, null, p.Themes));
            }

            if (Early.Contains(p.Status) && median.Days is { } days)
            {
                // From the later of the record's first actual month and a step back into the stretch.
                var since = new[] { EarlyFrom(p.Record), p.BackAtUtc }.Max() ?? p.CreatedAtUtc;
                if ((now - since).TotalDays > days)
                {
                    raised.Add((p.Id, p.Title, AnchoringFlagKind.LongInEarlyPhase, contacts, Months((now - since).TotalDays), p.Themes));
                }
            }

            if (p.Status == ExperimentStatus.Anchored && !Budgeted(p.Record))
            {
                raised.Add((p.Id, p.Title, AnchoringFlagKind.AnchoredWithoutBudget, contacts, null, p.Themes));
            }
        }

        var ids = projects.Select(p => p.Id).ToList();
        var dismissals = await db.AnchoringDismissals.AsNoTracking()
            .Where(d => ids.Contains(d.ExperimentId))
            .LeftJoin(db.People, d => d.DismissedByUserId, p => p.Id, (d, p) => new { d.ExperimentId, d.Kind, d.Reason, By = p == null ? null : p.DisplayName, d.DismissedAtUtc })
            .ToListAsync(cancellationToken);
        var aside = dismissals.Select(d => (d.ExperimentId, d.Kind)).ToHashSet();
        var open = raised.Where(f => !aside.Contains((f.Id, f.Kind))).ToList();
        var examples = withExamples ? await ExamplesAsync(viewer, municipalityId, open.Select(f => f.Kind).ToHashSet(), cancellationToken) : null;
        int? medianMonths = median.Days is { } d ? Months(d) : null;
        var flags = open.Select(f => new AnchoringFlagDto(f.Id, f.Title, f.Kind, f.Contacts, f.Months, f.Months is null ? null : medianMonths, examples is null ? [] : Pick(examples, f.Kind, f.Themes))).ToList();
        var titles = projects.ToDictionary(p => p.Id, p => p.Title);
        var dismissed = dismissals
            .OrderByDescending(d => d.DismissedAtUtc)
            .Select(d => new DismissedFlagDto(d.ExperimentId, titles[d.ExperimentId], d.Kind, d.Reason, viewer.CanSeePeople() ? d.By : null, d.DismissedAtUtc))
            .ToList();
        var watch = new AnchoringWatchDto(municipalityId, medianMonths, median.Sample, flags, dismissed);
        if (!withExamples)
        {
            _withoutExamples[municipalityId] = watch;
        }

        return watch;
    }

    private static bool Budgeted(CaseRecord record) => record.StructuralBudget && record.OwningDepartment is not null;

    private static int Months(double days) => (int)Math.Round(days / DaysPerMonth, MidpointRounding.AwayFromZero);

    private static DateTime? EarlyFrom(CaseRecord record) =>
        record.Phases.Where(p => Early.Contains(p.Phase) && p.ActualFrom is not null).Min(p => p.ActualFrom)?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    private static DateTime? MovedOnAt(CaseRecord record) =>
        record.Phases.Where(p => MovedOn.Contains(p.Phase) && p.ActualFrom is not null).Min(p => p.ActualFrom)?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>
    /// How long projects that moved on took from Idee or Voorbereiding to Uitvoering (or further): from the actual months
    /// in their record where both are filled, otherwise from their timeline (created in Idee or Voorbereiding, to the
    /// first status change out of it). Every live project counts, whoever may read it: only the number leaves.
    /// </summary>
    private async Task<(double? Days, int Sample)> MedianAsync(CancellationToken cancellationToken)
    {
        if (_median is { } known)
        {
            return known;
        }

        var moved = await db.Experiments.AsNoTracking()
            .Where(e => e.DeletedAtUtc == null && MovedOn.Contains(e.Status))
            .Select(e => new
            {
                e.CreatedAtUtc,
                e.Record,
                MovedAtUtc = e.Timeline.Where(t => t.Kind == TimelineEntryKind.StatusChange && t.FromStatus != null && Early.Contains(t.FromStatus.Value) && MovedOn.Contains(t.ToStatus!.Value)).Min(t => (DateTime?)t.AtUtc),
            })
            .ToListAsync(cancellationToken);
        var durations = moved
            .Select(m => EarlyFrom(m.Record) is { } from && MovedOnAt(m.Record) is { } to ? (to - from).TotalDays
                : m.MovedAtUtc is { } at ? (at - m.CreatedAtUtc).TotalDays
                : (double?)null)
            .Where(d => d is >= 0)
            .Select(d => d!.Value)
            .Order()
            .ToList();
        _median = durations.Count < MinimumSample
            ? (null, durations.Count)
            : (durations.Count % 2 == 1 ? durations[durations.Count / 2] : (durations[(durations.Count / 2) - 1] + durations[durations.Count / 2]) / 2, durations.Count);
        return _median.Value;
    }

    private sealed record Candidate(int ExperimentId, string Title, string Municipality, string? How, IReadOnlyList<string> Themes);

    /// <summary>Candidates per kind, one or two queries each and only for the kinds flagged: what the reader may read, of other municipalities.</summary>
    private async Task<Dictionary<AnchoringFlagKind, List<Candidate>>> ExamplesAsync(Viewer viewer, int municipalityId, HashSet<AnchoringFlagKind> kinds, CancellationToken cancellationToken)
    {
        var elsewhere = db.ReadableExperiments(viewer).Where(e => e.MunicipalityId != municipalityId);
        var examples = new Dictionary<AnchoringFlagKind, List<Candidate>>();
        if (kinds.Contains(AnchoringFlagKind.SingleContact))
        {
            // Those that overcame barrier 3, in their own words; then, if fewer, those that more than one person carries.
            var overcame = await elsewhere
                .SelectMany(e => e.Barriers.Where(b => b.BarrierNumber == 3 && b.State == BarrierState.Overcome), (e, b) => new { e, b.Note })
                .OrderByDescending(x => x.Note != null).ThenByDescending(x => x.e.UpdatedAtUtc).ThenBy(x => x.e.Id)
                .Take(ExamplesPerFlag)
                .Join(db.Municipalities, x => x.e.MunicipalityId, m => m.Id, (x, m) => new Candidate(x.e.Id, x.e.Title, m.Name, x.Note, new List<string>()))
                .ToListAsync(cancellationToken);
            if (overcame.Count < ExamplesPerFlag)
            {
                var carried = await elsewhere
                    .OrderByDescending(e => e.UpdatedAtUtc).ThenBy(e => e.Id)
                    .Take(Candidates)
                    .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e.Id, e.Title, Municipality = m.Name, e.ContactUserId, e.Record })
                    .ToListAsync(cancellationToken);
                overcame.AddRange(carried.Where(c => c.Record.Contacts(c.ContactUserId).Count() >= 2 && overcame.All(o => o.ExperimentId != c.Id))
                    .Take(ExamplesPerFlag - overcame.Count)
                    .Select(c => new Candidate(c.Id, c.Title, c.Municipality, null, [])));
            }

            examples[AnchoringFlagKind.SingleContact] = overcame;
        }

        if (kinds.Contains(AnchoringFlagKind.LongInEarlyPhase))
        {
            // Those that made the step to Uitvoering; the ones sharing most themes are picked per project.
            examples[AnchoringFlagKind.LongInEarlyPhase] = await elsewhere
                .Where(e => MovedOn.Contains(e.Status))
                .OrderByDescending(e => e.UpdatedAtUtc).ThenBy(e => e.Id)
                .Take(Candidates)
                .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new Candidate(e.Id, e.Title, m.Name, null, e.Themes.Select(t => t.ThemeKey).ToList()))
                .ToListAsync(cancellationToken);
        }

        if (kinds.Contains(AnchoringFlagKind.AnchoredWithoutBudget))
        {
            // Anchored with a budget line and an owner: the record is JSON, so the candidates are filtered here.
            var anchored = await elsewhere
                .Where(e => e.Status == ExperimentStatus.Anchored)
                .OrderByDescending(e => e.UpdatedAtUtc).ThenBy(e => e.Id)
                .Take(Candidates)
                .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e.Id, e.Title, Municipality = m.Name, e.Record })
                .ToListAsync(cancellationToken);
            examples[AnchoringFlagKind.AnchoredWithoutBudget] = anchored.Where(a => Budgeted(a.Record))
                .Select(a => new Candidate(a.Id, a.Title, a.Municipality, null, [])).ToList();
        }

        return examples;
    }

    private static List<AnchoringExampleDto> Pick(Dictionary<AnchoringFlagKind, List<Candidate>> examples, AnchoringFlagKind kind, List<string> themes) =>
        examples.GetValueOrDefault(kind, [])
            .Select((c, order) => (c, order, Shared: c.Themes.Count(themes.Contains)))
            .OrderByDescending(x => x.Shared).ThenBy(x => x.order)
            .Take(ExamplesPerFlag)
            .Select(x => new AnchoringExampleDto(x.c.ExperimentId, x.c.Title, x.c.Municipality, x.c.How))
            .ToList();
}
