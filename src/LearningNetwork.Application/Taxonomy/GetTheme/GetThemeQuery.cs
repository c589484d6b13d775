using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetTheme;

/// <summary>One coupling theme by its key (for example <c>underground</c>).</summary>
public sealed record GetThemeQuery(string Key) : IQuery<ThemeDto>;

public sealed class GetThemeHandler(IAppDbContext db) : IQueryHandler<GetThemeQuery, ThemeDto>
{
    public async ValueTask<ThemeDto> Handle(GetThemeQuery query, CancellationToken cancellationToken)
    {
        var key = query.Key.Trim().ToLowerInvariant();
        return await db.Themes.AsNoTracking()
            .Where(t => t.Key == key)
            .Select(t => new ThemeDto(
                t.Key,
                new LocalizedText(t.Title.Nl, t.Title.En),
                new LocalizedText(t.Description.Nl, t.Description.En),
                t.Domain))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Theme", query.Key);
    }
}
