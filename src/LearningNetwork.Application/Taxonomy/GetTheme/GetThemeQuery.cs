using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetTheme;

public sealed record ThemeDetailDto(string Key, LocalizedText Title, LocalizedText Description, ThemeDomain Domain, IReadOnlyList<SourcedExampleDto> FromSchetsboek);

/// <summary>One coupling theme by its key (for example <c>underground</c>) and the schetsboek's examples of it.</summary>
public sealed record GetThemeQuery(string Key) : IQuery<ThemeDetailDto>;

public sealed class GetThemeHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetThemeQuery, ThemeDetailDto>
{
    public async ValueTask<ThemeDetailDto> Handle(GetThemeQuery query, CancellationToken cancellationToken)
    {
        var key = query.Key.Trim().ToLowerInvariant();
        var theme = await db.Themes.AsNoTracking()
            .Where(t => t.Key == key)
            .Select(t => new ThemeDto(
                t.Key,
                new LocalizedText(t.Title.Nl, t.Title.En),
                new LocalizedText(t.Description.Nl, t.Description.En),
                t.Domain))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Theme", query.Key);
        var examples = await SchetsboekContent.ExamplesAsync(db, await viewers.GetAsync(cancellationToken), e => e.Themes.Any(t => t.ThemeKey == key), cancellationToken);
        return new ThemeDetailDto(theme.Key, theme.Title, theme.Description, theme.Domain, examples);
    }
}
