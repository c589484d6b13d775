using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Search;
using Mediator;
using Microsoft.EntityFrameworkCore;

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
}

public sealed class SearchSiteHandler(IAppDbContext db, ISiteSearch search, ViewerProvider viewers, Microsoft.Extensions.Options.IOptions<SearchOptions> options) : IQueryHandler<SearchSiteQuery, SearchResultsDto>
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

        var viewer = await viewers.GetAsync(cancellationToken);
        var experiments = db.ReadableExperiments(viewer);
        var reflections = db.ReadableReflections(viewer);
        var comments = db.Comments.Where(c => c.HiddenAtUtc == null && reflections.Any(r => r.Id == c.ReflectionId));
        var questions = db.ReadableQuestions(viewer);

        // What the viewer may read, as on the pages: the schetsboek's and the municipalities' pages are open to all.
        var readable =
            from m in search.Matching(terms)
            join s in db.SearchEntries on m.EntryId equals s.Id
            where s.Kind == SearchKind.Lesson || s.Kind == SearchKind.Barrier || s.Kind == SearchKind.Theme || s.Kind == SearchKind.Municipality
                || (s.Kind == SearchKind.Project && experiments.Any(e => e.Id == s.ItemId))
                || (s.Kind == SearchKind.Reflection && reflections.Any(r => r.Id == s.ItemId))
                || (s.Kind == SearchKind.Comment && comments.Any(c => c.Id == s.ItemId))
                || (s.Kind == SearchKind.Question && questions.Any(x => x.Id == s.ItemId))
            select new { Entry = s, m.Rank };

        var tags = new[] { theme is null ? null : "theme:" + theme, query.Barrier is { } b ? $"barrier:{b}" : null, query.Lesson is { } l ? $"lesson:{l}" : null }.OfType<string>().ToList();
        foreach (var tag in tags)
        {
            readable = readable.Where(x => x.Entry.Tags.Any(t => t.Tag == tag));
        }

        if (query.Municipality is { } municipality)
        {
            readable = readable.Where(x => x.Entry.MunicipalityId == municipality);
        }

        if (query.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            readable = readable.Where(x => x.Entry.DateUtc >= start);
        }

        if (query.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            readable = readable.Where(x => x.Entry.DateUtc < end);
        }

        var limit = options.Value.InMemoryLimit;

        // One ranked read of the matches the viewer may read (up to Search:InMemoryLimit): counts, total and the page come
        // from it in memory, so the search and the visibility rules run once. Only a broader search (a common word)
        // counts in the database, one grouped query per facet.
        var matched = await readable
            .OrderBy(x => x.Rank).ThenByDescending(x => x.Entry.DateUtc).ThenBy(x => x.Entry.Id)
            .Select(x => new Match(x.Entry.Id, x.Entry.Kind, x.Entry.MunicipalityId))
            .Take(limit + 1)
            .ToListAsync(cancellationToken);
        var counts = matched.Count <= limit
            ? await CountInMemoryAsync(matched, query.Kind, cancellationToken)
            : await CountInDatabaseAsync(readable.Select(x => x.Entry), query.Kind, cancellationToken);
        var kinds = counts.Kinds;
        var municipalities = counts.Municipalities;
        var tagCounts = counts.Tags;
        var shownIds = (query.Kind is { } only ? matched.Where(m => m.Kind == only) : matched)
            .Skip((query.Page - 1) * PageSize).Take(PageSize).Select(m => m.Id).ToList();
        var rows = matched.Count <= limit
            ? await Details(db.SearchEntries.Where(e => shownIds.Contains(e.Id))).ToListAsync(cancellationToken)
            : await Details(
                    (query.Kind is { } kind ? readable.Where(x => x.Entry.Kind == kind) : readable)
                        .OrderBy(x => x.Rank).ThenByDescending(x => x.Entry.DateUtc).ThenBy(x => x.Entry.Id)
                        .Skip((query.Page - 1) * PageSize).Take(PageSize)
                        .Select(x => x.Entry))
                .ToListAsync(cancellationToken);
        if (matched.Count <= limit)
        {
            var order = shownIds.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
            rows = [.. rows.OrderBy(r => order[r.Id])];
        }

        var names = municipalities.ToDictionary(m => m.Id, m => m.Name);
        var missing = rows.Select(r => r.MunicipalityId).OfType<int>().Where(id => !names.ContainsKey(id)).Distinct().ToList();
        foreach (var m in await db.Municipalities.Where(m => missing.Contains(m.Id)).Select(m => new { m.Id, m.Name }).ToListAsync(cancellationToken))
        {
            names[m.Id] = m.Name;
        }

        var english = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == Languages.English;
        var hits = rows.Select(r => new SearchHitDto(
                r.Kind,
                r.ItemId,
                r.ItemKey,
                new LocalizedText(r.Title, r.TitleEn ?? r.Title),
                search.Snippet(english && r.TextEn is not null ? r.TextEn : r.Text, terms),
                r.MunicipalityId is { } id ? names.GetValueOrDefault(id) : null,
                r.DateUtc))
            .ToList();
        return new SearchResultsDto(
            q,
            hits,
            query.Kind is { } k ? kinds.Where(c => c.Kind == k).Sum(c => c.Count) : kinds.Sum(c => c.Count),
            query.Page,
            PageSize,
            [.. kinds.OrderBy(c => c.Kind).Select(c => new SearchCountDto(c.Kind.ToString(), null, c.Count))],
            [.. municipalities.Select(m => new SearchCountDto(m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name, m.Count))],
            [.. tagCounts.OrderBy(t => t.Tag, StringComparer.Ordinal).Select(t => new SearchCountDto(t.Tag, null, t.Count))]);
    }

    private static IQueryable<Row> Details(IQueryable<SearchEntry> entries) =>
        entries.Select(e => new Row(e.Id, e.Kind, e.ItemId, e.ItemKey, e.Title, e.TitleEn, e.Text, e.TextEn, e.MunicipalityId, e.DateUtc));

    /// <summary>Kinds of all matches; municipalities (top 10, named) and tags of the matches of the chosen kind.</summary>
    private async Task<Counts> CountInMemoryAsync(IReadOnlyList<Match> matched, SearchKind? kind, CancellationToken cancellationToken)
    {
        var shown = kind is { } only ? matched.Where(m => m.Kind == only).ToList() : matched;
        var ids = shown.Select(m => m.Id).ToList();
        var tags = ids.Count == 0 ? [] : await db.SearchEntries.Where(e => ids.Contains(e.Id)).SelectMany(e => e.Tags)
            .GroupBy(t => t.Tag).Select(g => new TagCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var top = shown.Where(m => m.MunicipalityId is not null)
            .GroupBy(m => m.MunicipalityId!.Value)
            .Select(g => (Id: g.Key, Count: g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id).Take(10).ToList();
        var topIds = top.Select(t => t.Id).ToList();
        var names = topIds.Count == 0 ? [] : await db.Municipalities.Where(m => topIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return new Counts(
            [.. matched.GroupBy(m => m.Kind).Select(g => new KindCount(g.Key, g.Count()))],
            [.. top.Select(t => new MunicipalityCount(t.Id, names[t.Id], t.Count))],
            tags);
    }

    private async Task<Counts> CountInDatabaseAsync(IQueryable<SearchEntry> readable, SearchKind? kind, CancellationToken cancellationToken)
    {
        var kinds = await readable.GroupBy(e => e.Kind).Select(g => new KindCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        var shown = kind is { } only ? readable.Where(e => e.Kind == only) : readable;
        var municipalities = await shown.Where(e => e.MunicipalityId != null)
            .GroupBy(e => e.MunicipalityId)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id).Take(10)
            .Join(db.Municipalities, g => g.Id, m => m.Id, (g, m) => new MunicipalityCount(g.Id, m.Name, g.Count))
            .ToListAsync(cancellationToken);
        var tags = await shown.SelectMany(e => e.Tags).GroupBy(t => t.Tag).Select(g => new TagCount(g.Key, g.Count())).ToListAsync(cancellationToken);
        return new Counts(kinds, municipalities, tags);
    }

    private sealed record Match(long Id, SearchKind Kind, int? MunicipalityId);

    private sealed record Row(long Id, SearchKind Kind, int ItemId, string ItemKey, string Title, string? TitleEn, string Text, string? TextEn, int? MunicipalityId, DateTime? DateUtc);

    private sealed record KindCount(SearchKind Kind, int Count);

    private sealed record MunicipalityCount(int Id, string Name, int Count);

    private sealed record TagCount(string Tag, int Count);

    private sealed record Counts(IReadOnlyList<KindCount> Kinds, IReadOnlyList<MunicipalityCount> Municipalities, IReadOnlyList<TagCount> Tags);
}
