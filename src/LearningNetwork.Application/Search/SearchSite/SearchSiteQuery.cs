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

public sealed class SearchSiteHandler(IAppDbContext db, ISiteSearch search, ViewerProvider viewers) : IQueryHandler<SearchSiteQuery, SearchResultsDto>
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

        var kinds = await readable.GroupBy(x => x.Entry.Kind).Select(g => new { Kind = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var shown = query.Kind is { } kind ? readable.Where(x => x.Entry.Kind == kind) : readable;
        var municipalities = await shown.Where(x => x.Entry.MunicipalityId != null)
            .GroupBy(x => x.Entry.MunicipalityId)
            .Select(g => new { Id = g.Key!.Value, Count = g.Count() })
            .OrderByDescending(g => g.Count).Take(10)
            .Join(db.Municipalities, g => g.Id, m => m.Id, (g, m) => new { g.Id, m.Name, g.Count })
            .ToListAsync(cancellationToken);
        var tagCounts = await shown.SelectMany(x => x.Entry.Tags).GroupBy(t => t.Tag).Select(g => new { Tag = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);

        var rows = await shown
            .OrderBy(x => x.Rank).ThenByDescending(x => x.Entry.DateUtc).ThenBy(x => x.Entry.Id)
            .Skip((query.Page - 1) * PageSize).Take(PageSize)
            .Select(x => new { x.Entry.Kind, x.Entry.ItemId, x.Entry.ItemKey, x.Entry.Title, x.Entry.TitleEn, x.Entry.Text, x.Entry.TextEn, x.Entry.MunicipalityId, x.Entry.DateUtc })
            .ToListAsync(cancellationToken);
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
}
