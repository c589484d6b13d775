using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Insights.GetLessonThemeMatrix;

/// <summary>The home page's lessons × themes matrix: experiments that applied a lesson, per coupling theme.</summary>
public sealed record GetLessonThemeMatrixQuery : IQuery<MatrixDto>;

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
