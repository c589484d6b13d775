using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Insights;

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
