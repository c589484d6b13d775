using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Insights;

public sealed record MatrixAxisDto(string Key, int Number, LocalizedText Title);

/// <summary>One cell: how many readable experiments carry both tags, and (barriers) how many marked the barrier overcome.</summary>
public sealed record MatrixCellDto(string RowKey, string ColumnKey, int Experiments, int Overcome);

public sealed record MatrixDto(IReadOnlyList<MatrixAxisDto> Rows, IReadOnlyList<MatrixAxisDto> Columns, IReadOnlyList<MatrixCellDto> Cells)
{
    public MatrixCellDto Cell(string row, string column) =>
        Cells.FirstOrDefault(c => c.RowKey == row && c.ColumnKey == column) ?? new MatrixCellDto(row, column, 0, 0);

    public int Max => Cells.Count == 0 ? 0 : Cells.Max(c => c.Experiments);
}

/// <summary>A barrier and how many municipalities still meet it as blocking in an experiment the viewer may read.</summary>
public sealed record BlockingBarrierDto(int Number, LocalizedText Title, int Municipalities, int Experiments);

public sealed record InsightsDto(MatrixDto BarriersByTheme, IReadOnlyList<BlockingBarrierDto> StillBlocking, int Experiments);

/// <summary>The home page's lessons × themes matrix: experiments that applied a lesson, per coupling theme.</summary>
public sealed record GetLessonThemeMatrixQuery : IQuery<MatrixDto>;

/// <summary>/insights: barriers × themes (experiments and the share overcome) and the barriers blocking most municipalities.</summary>
public sealed record GetInsightsQuery : IQuery<InsightsDto>;

internal static class Axes
{
    public static async Task<List<MatrixAxisDto>> ThemesAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new { t.Key, t.SortOrder, t.Title.Nl, t.Title.En })
            .ToListAsync(cancellationToken);
        return themes.Select(t => new MatrixAxisDto(t.Key, t.SortOrder, new LocalizedText(t.Nl, t.En))).ToList();
    }
}

public sealed class GetLessonThemeMatrixHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetLessonThemeMatrixQuery, MatrixDto>
{
    public async ValueTask<MatrixDto> Handle(GetLessonThemeMatrixQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var lessons = await db.Lessons.AsNoTracking().OrderBy(l => l.Number)
            .Select(l => new { l.Number, l.Title.Nl, l.Title.En }).ToListAsync(cancellationToken);
        var themes = await Axes.ThemesAsync(db, cancellationToken);
        var cells = await (
                from e in db.ReadableExperiments(viewer)
                from l in e.Lessons
                from t in e.Themes
                group e by new { l.LessonNumber, t.ThemeKey } into g
                select new { g.Key.LessonNumber, g.Key.ThemeKey, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return new MatrixDto(
            lessons.Select(l => new MatrixAxisDto(l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Number, new LocalizedText(l.Nl, l.En))).ToList(),
            themes,
            cells.Select(c => new MatrixCellDto(c.LessonNumber.ToString(System.Globalization.CultureInfo.InvariantCulture), c.ThemeKey, c.Count, 0)).ToList());
    }
}

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
