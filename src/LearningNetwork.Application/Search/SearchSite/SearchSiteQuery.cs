using FluentValidation;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Search;
using Mediator;

namespace LearningNetwork.Application.Search.SearchSite;

/// <summary>One hit: what it is, how to reach it (<see cref="Key"/>: the id, number or key; for a comment its reflection's id and <see cref="ItemId"/> the comment's), and the words around the match.</summary>
public sealed record SearchHitDto(
    SearchKind Kind,
    int ItemId,
    string Key,
    LocalizedText Title,
    IReadOnlyList<SnippetPart> Snippet,
    string? Municipality,
    DateTime? DateUtc);

public sealed record SearchCountDto(string Value, string? Label, int Count);

public sealed record SearchResultsDto(
    string Q,
    IReadOnlyList<SearchHitDto> Hits,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyList<SearchCountDto> Kinds,
    IReadOnlyList<SearchCountDto> Municipalities,
    IReadOnlyList<SearchCountDto> Tags);

/// <summary>
/// The whole network in one ranked list (issue 19): projects, reflections, comments, learning questions, the
/// schetsboek's lessons, barriers and themes, and municipalities, only what the viewer may read (as on the pages),
/// filtered by kind, theme, barrier, lesson, municipality and date, with counts.
/// </summary>
public sealed record SearchSiteQuery(
    string? Q,
    SearchKind? Kind = null,
    string? Theme = null,
    int? Barrier = null,
    int? Lesson = null,
    int? Municipality = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1) : IQuery<SearchResultsDto>, ISchetsboekFilter;

public sealed class SearchSiteValidator : SchetsboekFilterValidator<SearchSiteQuery>
{
    public const int QueryMaxLength = 200;
    public const int PageMax = 50;

    public SearchSiteValidator()
    {
        RuleFor(q => q.Q).MaximumLength(QueryMaxLength).WithMessage(_ => AppTexts.SearchTooLong);
        RuleFor(q => q.Kind).IsInEnum().When(q => q.Kind is not null).WithMessage(_ => AppTexts.SearchKindUnknown);
        RuleFor(q => q.From).Must(d => d is null || d.Value.Year >= 1900).WithMessage(_ => AppTexts.DateInvalid);
        RuleFor(q => q.To).Must(d => d is null || d.Value.Year >= 1900).WithMessage(_ => AppTexts.DateInvalid);
        RuleFor(q => q.To).Must((q, to) => q.From is null || to is null || to >= q.From).WithMessage(_ => AppTexts.EndBeforeStart);
        RuleFor(q => q.Page).InclusiveBetween(1, PageMax).WithMessage(_ => AppTexts.SearchPageOutOfRange);
    }
}

/// <summary>The <c>Search</c> configuration section.</summary>
public sealed class SearchOptions
{
    public const string SectionName = "Search";

    /// <summary>Up to this many matches are read at once and counted in memory; a broader search counts in the database.</summary>
    public int InMemoryLimit { get; set; } = 1000;

    /// <summary>
    /// A word held by more than this share of all entries (a common word) narrows a search that has a rarer word as
    /// well, without ranking its hits: on SQLite it is then not matched through FTS5, which would read all its rows
    /// (ADR 0025). What is found stays the same.
    /// </summary>
    public double RankedTermShare { get; set; } = 0.05;
}

public sealed class SearchSiteHandler(IAppDbContext db, ISiteSearch search, ViewerProvider viewers, ReadCache cache, Microsoft.Extensions.Options.IOptions<SearchOptions> options) : IQueryHandler<SearchSiteQuery, SearchResultsDto>
{
    public const int PageSize = 20;

    public async ValueTask<SearchResultsDto> Handle(SearchSiteQuery query, CancellationToken cancellationToken)
    {
        var theme = await SchetsboekFilters.DemandKnownAsync(db, query, cancellationToken);
        var q = query.Q?.Trim() ?? string.Empty;
        var terms = search.Parse(q);
        if (terms.IsEmpty)
        {
            return new SearchResultsDto(q, [], 0, query.Page, PageSize, [], [], []);
        }

        // The same for everyone who may read the same (visitors, or the signed in of one municipality) in one language:
        // kept per kind of reader, so a save retires it at once on this node and another node's within the lifetime.
        var viewer = await viewers.GetAsync(cancellationToken);
        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.English;
        var key = System.Text.Json.JsonSerializer.Serialize(new object?[] { q, query.Kind, theme, query.Barrier, query.Lesson, query.Municipality, query.From, query.To, query.Page, english });
        return await cache.ForReadersAsync(viewer, "search|" + key, () => SearchAsync(query, q, terms, theme, viewer, english, cancellationToken), SizeOf);
    }

    // In units of about 10 KB: the snippets and titles of a page of hits, and the counts.
    private static int SizeOf(SearchResultsDto result) =>
        1 + ((result.Hits.Sum(h => h.Title.Nl.Length + h.Title.En.Length + h.Snippet.Sum(p => p.Text.Length)) + (50 * (result.Municipalities.Count + result.Tags.Count))) / 5_000);

    /// <summary>What the viewer may read, as on the pages (Access.ReadableBy); the schetsboek's and the municipalities' pages are open to all.</summary>
    private async Task<SearchResultsDto> SearchAsync(SearchSiteQuery query, string q, SearchTerms terms, string? theme, Viewer viewer, bool english, CancellationToken cancellationToken)
    {
        var tags = new[] { theme is null ? null : "theme:" + theme, query.Barrier is { } b ? $"barrier:{b}" : null, query.Lesson is { } l ? $"lesson:{l}" : null }.OfType<string>().ToList();
        var result = await search.ReadAsync(
            new SiteSearchRequest(
                terms,
                new SearchReader(viewer.IsAuthenticated, viewer.MunicipalityId),
                query.Kind,
                tags,
                query.Municipality,
                query.From?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                query.To?.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                (query.Page - 1) * PageSize,
                PageSize,
                options.Value.InMemoryLimit,
                options.Value.RankedTermShare),
            cancellationToken);

        var hits = result.Rows.Select(r => new SearchHitDto(
                r.Kind,
                r.ItemId,
                r.ItemKey,
                new LocalizedText(r.Title, r.TitleEn ?? r.Title),
                search.Snippet(english && r.TextEn is not null ? r.TextEn : r.Text, terms),
                r.MunicipalityName,
                r.DateUtc))
            .ToList();
        return new SearchResultsDto(
            q,
            hits,
            query.Kind is { } k ? result.Kinds.Where(c => c.Kind == k).Sum(c => c.Count) : result.Kinds.Sum(c => c.Count),
            query.Page,
            PageSize,
            [.. result.Kinds.OrderBy(c => c.Kind).Select(c => new SearchCountDto(c.Kind.ToString(), null, c.Count))],
            [.. result.Municipalities.Select(m => new SearchCountDto(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name, m.Count))],
            [.. result.Tags.OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => new SearchCountDto(t.Tag, null, t.Count))]);
    }
}
