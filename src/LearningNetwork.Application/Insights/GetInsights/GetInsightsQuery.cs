using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Insights.GetInsights;

/// <summary>A barrier and how many municipalities still meet it as blocking in an experiment the viewer may read.</summary>
public sealed record BlockingBarrierDto(int Number, LocalizedText Title, int Municipalities, int Experiments);

public sealed record InsightsDto(MatrixDto BarriersByTheme, IReadOnlyList<BlockingBarrierDto> StillBlocking, int Experiments);

/// <summary>/insights: barriers × themes (experiments and the share overcome) and the barriers blocking most municipalities.</summary>
public sealed record GetInsightsQuery : IQuery<InsightsDto>;

public sealed class GetInsightsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetInsightsQuery, InsightsDto>
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
        return new InsightsDto(
            new MatrixDto(
                barriers.Select(b => new MatrixAxisDto(b.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Number, titles[b.Number])).ToList(),
                themes,
                cells.Select(c => new MatrixCellDto(c.BarrierNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ThemeKey, c.Count, c.Overcome)).ToList()),
            blocking.OrderByDescending(b => b.Municipalities).ThenByDescending(b => b.Experiments).ThenBy(b => b.Number)
                .Select(b => new BlockingBarrierDto(b.Number, titles[b.Number], b.Municipalities, b.Experiments)).ToList(),
            total);
    }
}
