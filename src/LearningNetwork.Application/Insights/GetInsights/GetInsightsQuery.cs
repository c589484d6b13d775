using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Werksessies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Insights.GetInsights;

/// <summary>A barrier and how many municipalities still meet it as blocking in an experiment the viewer may read.</summary>
public sealed record BlockingBarrierDto(int Number, LocalizedText Title, int Municipalities, int Experiments);

/// <summary>Werksessies held (started, not cancelled) about a barrier.</summary>
public sealed record WerksessiesHeldDto(int Number, LocalizedText Title, int Werksessies);

/// <summary>How long barriers blocked before they were overcome: the middle number of days and how many such barriers.</summary>
public sealed record TimeToOvercomeDto(int? MedianDays, int Count);

public sealed record InsightsDto(
    MatrixDto BarriersByTheme,
    IReadOnlyList<BlockingBarrierDto> StillBlocking,
    int Experiments,
    IReadOnlyList<WerksessiesHeldDto> WerksessiesHeld,
    IReadOnlyList<BlockingBarrierDto> NoOneOvercame,
    TimeToOvercomeDto WithWerksessie,
    TimeToOvercomeDto WithoutWerksessie);

/// <summary>
/// /insights: barriers × themes (experiments and the share overcome), the barriers blocking most municipalities, and
/// the signals for the programme: werksessies held per barrier, barriers that block but no one overcame (where
/// experts are needed), and how long a barrier blocked before it was overcome, with and without a werksessie.
/// </summary>
public sealed record GetInsightsQuery : IQuery<InsightsDto>;

public sealed class GetInsightsHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<GetInsightsQuery, InsightsDto>
{
    public async ValueTask<InsightsDto> Handle(GetInsightsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var experiments = db.ReadableExperiments(viewer);
        var barriers = await db.Barriers.AsNoTracking().OrderBy(b => b.Number)
            .Select(b => new { b.Number, b.Title.Nl, b.Title.En }).ToListAsync(cancellationToken);
        var themes = await Axes.ThemesAsync(db, cancellationToken);
        var cells = await (
                from e in experiments
                from b in e.Barriers
                from t in e.Themes
                group b by new { b.BarrierNumber, t.ThemeKey } into g
                select new { g.Key.BarrierNumber, g.Key.ThemeKey, Count = g.Count(), Overcome = g.Count(x => x.State == BarrierState.Overcome) })
            .ToListAsync(cancellationToken);
        var blocking = await (
                from e in experiments
                from b in e.Barriers
                where b.State == BarrierState.StillBlocking
                group e by b.BarrierNumber into g
                select new { Number = g.Key, Municipalities = g.Select(e => e.MunicipalityId).Distinct().Count(), Experiments = g.Count() })
            .ToListAsync(cancellationToken);
        var total = await experiments.CountAsync(cancellationToken);
        var titles = barriers.ToDictionary(b => b.Number, b => new LocalizedText(b.Nl, b.En));
        var now = clock.GetUtcNow().UtcDateTime;
        var held = await db.Werksessies.AsNoTracking()
            .Where(w => w.State == WerksessieState.Planned && w.StartsAtUtc <= now)
            .GroupBy(w => w.BarrierNumber)
            .Select(g => new { Number = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var overcomeBy = await experiments.SelectMany(e => e.Barriers)
            .Where(b => b.State == BarrierState.Overcome)
            .Select(b => b.BarrierNumber).Distinct().ToListAsync(cancellationToken);
        var (withSession, withoutSession) = await TimeToOvercomeAsync(experiments, now, cancellationToken);
        return new InsightsDto(
            new MatrixDto(
                barriers.Select(b => new MatrixAxisDto(b.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Number, titles[b.Number])).ToList(),
                themes,
                cells.Select(c => new MatrixCellDto(c.BarrierNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ThemeKey, c.Count, c.Overcome)).ToList()),
            blocking.OrderByDescending(b => b.Municipalities).ThenByDescending(b => b.Experiments).ThenBy(b => b.Number)
                .Select(b => new BlockingBarrierDto(b.Number, titles[b.Number], b.Municipalities, b.Experiments)).ToList(),
            total,
            held.OrderByDescending(h => h.Count).ThenBy(h => h.Number).Select(h => new WerksessiesHeldDto(h.Number, titles[h.Number], h.Count)).ToList(),
            blocking.Where(b => !overcomeBy.Contains(b.Number)).OrderByDescending(b => b.Municipalities).ThenByDescending(b => b.Experiments).ThenBy(b => b.Number)
                .Select(b => new BlockingBarrierDto(b.Number, titles[b.Number], b.Municipalities, b.Experiments)).ToList(),
            withSession,
            withoutSession);
    }

    /// <summary>
    /// Days from "blocks" to "overcome" for the barriers whose both moments the portal recorded, split by whether the
    /// project's municipality took part in a werksessie about that barrier (held, not cancelled) in between.
    /// </summary>
    private async Task<(TimeToOvercomeDto With, TimeToOvercomeDto Without)> TimeToOvercomeAsync(IQueryable<Domain.Experiments.Experiment> experiments, DateTime now, CancellationToken cancellationToken)
    {
        var overcome = await experiments.SelectMany(e => e.Barriers, (e, b) => new { e.MunicipalityId, b.BarrierNumber, b.State, b.BlockingSinceUtc, b.StateSinceUtc })
            .Where(b => b.State == BarrierState.Overcome && b.BlockingSinceUtc != null && b.StateSinceUtc != null)
            .Select(b => new { b.MunicipalityId, b.BarrierNumber, From = b.BlockingSinceUtc!.Value, To = b.StateSinceUtc!.Value })
            .ToListAsync(cancellationToken);
        var taking = await db.Werksessies.AsNoTracking()
            .Where(w => w.State == WerksessieState.Planned && w.StartsAtUtc <= now)
            .SelectMany(w => w.Invitations.Where(i => i.Response != InvitationResponse.Declined), (w, i) => new { w.BarrierNumber, i.MunicipalityId, w.StartsAtUtc })
            .Distinct()
            .ToListAsync(cancellationToken);
        var days = overcome.Select(o => new
        {
            Days = (int)Math.Round((o.To - o.From).TotalDays),
            With = taking.Any(t => t.BarrierNumber == o.BarrierNumber && t.MunicipalityId == o.MunicipalityId && t.StartsAtUtc >= o.From && t.StartsAtUtc <= o.To),
        }).ToList();
        return (Median(days.Where(d => d.With).Select(d => d.Days)), Median(days.Where(d => !d.With).Select(d => d.Days)));
    }

    private static TimeToOvercomeDto Median(IEnumerable<int> values)
    {
        var sorted = values.Order().ToList();
        return new TimeToOvercomeDto(sorted.Count == 0 ? null : sorted[(sorted.Count - 1) / 2], sorted.Count);
    }
}
