using FluentValidation;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.ListExperiments;

public enum ExperimentSort
{
    Newest = 1,
    Updated = 2,
    Title = 3,
}

/// <summary>
/// The browse filters. Within one facet any value matches; across facets all must. <see cref="Record"/> is of the case
/// record (<see cref="CaseRecord.AllTags"/>: <c>funding.Subsidy</c>, <c>instrument.BuildingTeam</c>, …).
/// </summary>
public sealed record ExperimentFilter(
    IReadOnlyList<string> Themes,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<BarrierState> BarrierStates,
    IReadOnlyList<int> Lessons,
    IReadOnlyList<string> Municipalities,
    IReadOnlyList<Province> Provinces,
    IReadOnlyList<ExperimentStatus> Statuses,
    string? Q,
    IReadOnlyList<string> Record)
{
    public static ExperimentFilter None { get; } = new([], [], [], [], [], [], [], null, []);
}

public sealed record ExperimentListItemDto(
    int Id,
    string Title,
    string Municipality,
    string MunicipalityCbsCode,
    Province Province,
    string? Place,
    ExperimentStatus Status,
    Visibility Visibility,
    string Excerpt,
    IReadOnlyList<string> Themes,
    DateTime UpdatedAtUtc);

public sealed record FacetValueDto(string Value, int Count);

public sealed record ExperimentPageDto(
    IReadOnlyList<ExperimentListItemDto> Items,
    int Total,
    int Page,
    int PageSize,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets);

/// <summary>
/// The experiments the viewer may read, filtered, searched, sorted and paged, with a count per facet value
/// (each facet counted under all the other filters). A fixed number of SQL commands, whatever the page size.
/// </summary>
public sealed record ListExperimentsQuery(ExperimentFilter Filter, ExperimentSort Sort = ExperimentSort.Newest, int Page = 1, int PageSize = ListExperimentsQuery.DefaultPageSize)
    : IQuery<ExperimentPageDto>
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxPage = 100_000;
    public const int MaxQueryLength = 200;
}

public sealed class ListExperimentsValidator : AbstractValidator<ListExperimentsQuery>
{
    public ListExperimentsValidator()
    {
        RuleFor(q => q.Page).InclusiveBetween(1, ListExperimentsQuery.MaxPage).WithMessage(_ => AppTexts.PageOutOfRange);
        RuleFor(q => q.PageSize).InclusiveBetween(1, ListExperimentsQuery.MaxPageSize).WithMessage(_ => AppTexts.PageSizeOutOfRange);
        RuleFor(q => q.Sort).IsInEnum().WithMessage(_ => AppTexts.SortUnknown);
        RuleFor(q => q.Filter.Q).MaximumLength(ListExperimentsQuery.MaxQueryLength).WithMessage(_ => AppTexts.SearchTooLong).OverridePropertyName("q");
        RuleFor(q => q.Filter.Barriers).Must(b => b.All(n => n is >= 1 and <= Domain.Taxonomy.Barrier.Count)).WithMessage(_ => AppTexts.BarrierUnknown).OverridePropertyName("barrier");
        RuleFor(q => q.Filter.Lessons).Must(l => l.All(n => n is >= 1 and <= Domain.Taxonomy.Lesson.Count)).WithMessage(_ => AppTexts.LessonUnknown).OverridePropertyName("lesson");
        RuleFor(q => q.Filter.BarrierStates).Must(s => s.All(Enum.IsDefined)).WithMessage(_ => AppTexts.BarrierStateUnknown).OverridePropertyName("barrierState");
        RuleFor(q => q.Filter.Statuses).Must(s => s.All(Enum.IsDefined)).WithMessage(_ => AppTexts.StatusUnknown).OverridePropertyName("status");
        RuleFor(q => q.Filter.Provinces).Must(p => p.All(Enum.IsDefined)).WithMessage(_ => AppTexts.ProvinceUnknown).OverridePropertyName("province");
        RuleFor(q => q.Filter.Record).Must(r => r.All(CaseRecord.AllTags.Contains)).WithMessage(_ => AppTexts.RecordFilterUnknown).OverridePropertyName("record");
    }
}

public sealed class ListExperimentsHandler(IAppDbContext db, ViewerProvider viewers, IExperimentSearch search, ReadCache cache) : IQueryHandler<ListExperimentsQuery, ExperimentPageDto>
{
    public const string ThemeFacet = "theme";
    public const string BarrierFacet = "barrier";
    public const string BarrierStateFacet = "barrierState";
    public const string LessonFacet = "lesson";
    public const string MunicipalityFacet = "municipality";
    public const string ProvinceFacet = "province";
    public const string StatusFacet = "status";
    public const string RecordFacet = "record";

    public async ValueTask<ExperimentPageDto> Handle(ListExperimentsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var filter = query.Filter;

        // Built only when something is read: a visitor's repeated view takes rows and counts from the cache.
        IQueryable<Experiment> All() => Filtered(viewer, filter, except: null);

        // Visitors read the same rows for the same filter, sort and page: kept like the counts, so a save retires them
        // at once on this node. The signed in, who write, always read them live.
        var filterKey = System.Text.Json.JsonSerializer.Serialize(filter);
        var items = await cache.ForVisitorsAsync(viewer, $"rows|{filterKey}|{query.Sort}|{query.Page}|{query.PageSize}", () => RowsAsync(All(), query, cancellationToken), rows => rows.Count / 10);

        // The counts are the same for everyone who may read the same: cached per kind of reader and filter.
        var counts = await cache.GetAsync(
            $"counts|{viewer.ReadersKey()}|{filterKey}",
            async () => new Counts(await All().CountAsync(cancellationToken), new Dictionary<string, IReadOnlyList<FacetValueDto>>
            {
                [ThemeFacet] = await CountAsync(
                    Filtered(viewer, filter, ThemeFacet).SelectMany(e => e.Themes).GroupBy(t => t.ThemeKey).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value, x => x.Count, cancellationToken),
                [BarrierFacet] = await CountAsync(
                    InStates(Filtered(viewer, filter, BarrierFacet).SelectMany(e => e.Barriers), filter.BarrierStates)
                        .GroupBy(b => b.BarrierNumber).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.Count, cancellationToken),
                [BarrierStateFacet] = await CountAsync(
                    Numbered(Filtered(viewer, filter, BarrierStateFacet).SelectMany(e => e.Barriers), filter.Barriers)
                        .GroupBy(b => b.State).Select(g => new { Value = g.Key, Count = g.Select(b => b.ExperimentId).Distinct().Count() }),
                    x => x.Value.ToString(), x => x.Count, cancellationToken),
                [LessonFacet] = await CountAsync(
                    Filtered(viewer, filter, LessonFacet).SelectMany(e => e.Lessons).GroupBy(l => l.LessonNumber).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value.ToString(System.Globalization.CultureInfo.InvariantCulture), x => x.Count, cancellationToken),
                [MunicipalityFacet] = await CountAsync(
                    Filtered(viewer, filter, MunicipalityFacet).Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (_, m) => m.CbsCode)
                        .GroupBy(code => code).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value, x => x.Count, cancellationToken),
                [ProvinceFacet] = await CountAsync(
                    Filtered(viewer, filter, ProvinceFacet).Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (_, m) => m.Province)
                        .GroupBy(p => p).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value.ToString(), x => x.Count, cancellationToken),
                [StatusFacet] = await CountAsync(
                    Filtered(viewer, filter, StatusFacet).GroupBy(e => e.Status).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value.ToString(), x => x.Count, cancellationToken),
                [RecordFacet] = await CountAsync(
                    Filtered(viewer, filter, RecordFacet).SelectMany(e => e.RecordTags).GroupBy(t => t.Tag).Select(g => new { Value = g.Key, Count = g.Count() }),
                    x => x.Value, x => x.Count, cancellationToken),
            }));

        return new ExperimentPageDto(items, counts.Total, query.Page, query.PageSize, counts.Facets);
    }

    /// <summary>One page of rows in the asked order, with their themes: two SQL commands.</summary>
    private async Task<IReadOnlyList<ExperimentListItemDto>> RowsAsync(IQueryable<Experiment> all, ListExperimentsQuery query, CancellationToken cancellationToken)
    {
        var sorted = query.Sort switch
        {
            ExperimentSort.Title => all.OrderBy(e => e.Title).ThenBy(e => e.Id),
            ExperimentSort.Updated => all.OrderByDescending(e => e.UpdatedAtUtc).ThenByDescending(e => e.Id),
            _ => all.OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id),
        };
        var rows = await sorted
            .Skip((query.Page - 1) * query.PageSize)
            .Take(query.PageSize)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new
            {
                e.Id, e.Title, Municipality = m.Name, m.CbsCode, m.Province, e.Place, e.Status, e.Visibility,
                Excerpt = e.Summary.Substring(0, 280), e.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var themes = (await db.Experiments.Where(e => ids.Contains(e.Id))
                .SelectMany(e => e.Themes)
                .Select(t => new { t.ExperimentId, t.ThemeKey })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.ExperimentId, t => t.ThemeKey);
        return rows.Select(r => new ExperimentListItemDto(
            r.Id, r.Title, r.Municipality, r.CbsCode, r.Province, r.Place, r.Status, r.Visibility, r.Excerpt, themes[r.Id].Order().ToList(), r.UpdatedAtUtc)).ToList();
    }

    private sealed record Counts(int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets);

    private static async Task<IReadOnlyList<FacetValueDto>> CountAsync<T>(IQueryable<T> counts, Func<T, string> value, Func<T, int> count, CancellationToken cancellationToken) =>
        (await counts.ToListAsync(cancellationToken)).Select(c => new FacetValueDto(value(c), count(c))).OrderBy(f => f.Value, StringComparer.Ordinal).ToList();

    private static IQueryable<ExperimentBarrier> InStates(IQueryable<ExperimentBarrier> barriers, IReadOnlyList<BarrierState> states) =>
        states.Count == 0 ? barriers : barriers.Where(b => states.Contains(b.State));

    private static IQueryable<ExperimentBarrier> Numbered(IQueryable<ExperimentBarrier> barriers, IReadOnlyList<int> numbers) =>
        numbers.Count == 0 ? barriers : barriers.Where(b => numbers.Contains(b.BarrierNumber));

    /// <summary>The readable, live experiments under every filter but the one being counted.</summary>
    private IQueryable<Experiment> Filtered(Viewer viewer, ExperimentFilter filter, string? except)
    {
        var experiments = db.Experiments.AsNoTracking().Where(e => e.DeletedAtUtc == null).VisibleTo(viewer);
        if (except != ThemeFacet && filter.Themes.Count > 0)
        {
            var themes = filter.Themes;
            experiments = experiments.Where(e => e.Themes.Any(t => themes.Contains(t.ThemeKey)));
        }

        var barriers = except == BarrierFacet ? [] : filter.Barriers;
        var states = except == BarrierStateFacet ? [] : filter.BarrierStates;
        // Each shape is its own lambda: a test of a captured list's Count inside the query would be compiled by
        // EF Core on every request, where a captured list alone is read as a parameter.
        if (barriers.Count > 0 && states.Count > 0)
        {
            experiments = experiments.Where(e => e.Barriers.Any(b => barriers.Contains(b.BarrierNumber) && states.Contains(b.State)));
        }
        else if (barriers.Count > 0)
        {
            experiments = experiments.Where(e => e.Barriers.Any(b => barriers.Contains(b.BarrierNumber)));
        }
        else if (states.Count > 0)
        {
            experiments = experiments.Where(e => e.Barriers.Any(b => states.Contains(b.State)));
        }

        if (except != LessonFacet && filter.Lessons.Count > 0)
        {
            var lessons = filter.Lessons;
            experiments = experiments.Where(e => e.Lessons.Any(l => lessons.Contains(l.LessonNumber)));
        }

        if (except != MunicipalityFacet && filter.Municipalities.Count > 0)
        {
            var codes = filter.Municipalities.Select(c => c.Trim().ToUpperInvariant()).ToList();
            experiments = experiments.Where(e => db.Municipalities.Any(m => m.Id == e.MunicipalityId && codes.Contains(m.CbsCode)));
        }

        if (except != ProvinceFacet && filter.Provinces.Count > 0)
        {
            var provinces = filter.Provinces;
            experiments = experiments.Where(e => db.Municipalities.Any(m => m.Id == e.MunicipalityId && provinces.Contains(m.Province)));
        }

        if (except != StatusFacet && filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses;
            experiments = experiments.Where(e => statuses.Contains(e.Status));
        }

        if (except != RecordFacet && filter.Record.Count > 0)
        {
            var tags = filter.Record;
            experiments = experiments.Where(e => e.RecordTags.Any(t => tags.Contains(t.Tag)));
        }

        if (!string.IsNullOrWhiteSpace(filter.Q))
        {
            // A join, not IN: SQLite then starts from the search index's few hits and looks each project up by
            // its key, instead of walking every project to test membership.
            var matching = search.Matching(filter.Q.Trim());
            experiments = experiments.Join(matching, e => e.Id, id => id, (e, _) => e);
        }

        return experiments;
    }
}
