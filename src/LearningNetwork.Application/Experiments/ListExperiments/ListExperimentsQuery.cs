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
        RuleFor(q => q.Sort).Must(Enum.IsDefined).WithMessage(_ => AppTexts.SortUnknown);
        RuleFor(q => q.Filter.Q).MaximumLength(ListExperimentsQuery.MaxQueryLength).WithMessage(_ => AppTexts.SearchTooLong).OverridePropertyName("q");
        RuleFor(q => q.Filter.Barriers).Must(b => b.All(n => n is >= 1 and <= Domain.Taxonomy.Barrier.Count)).WithMessage(_ => AppTexts.BarrierUnknown).OverridePropertyName("barrier");
        RuleFor(q => q.Filter.Lessons).Must(l => l.All(n => n is >= 1 and <= Domain.Taxonomy.Lesson.Count)).WithMessage(_ => AppTexts.LessonUnknown).OverridePropertyName("lesson");
        RuleFor(q => q.Filter.BarrierStates).Must(s => s.All(Enum.IsDefined)).WithMessage(_ => AppTexts.BarrierStateUnknown).OverridePropertyName("barrierState");
        RuleFor(q => q.Filter.Statuses).Must(s => s.All(Enum.IsDefined)).WithMessage(_ => AppTexts.StatusUnknown).OverridePropertyName("status");
        RuleFor(q => q.Filter.Provinces).Must(p => p.All(Enum.IsDefined)).WithMessage(_ => AppTexts.ProvinceUnknown).OverridePropertyName("province");
        RuleFor(q => q.Filter.Record).Must(r => r.All(CaseRecord.AllTags.Contains)).WithMessage(_ => AppTexts.RecordFilterUnknown).OverridePropertyName("record");
    }
}

public sealed class ListExperimentsHandler(IAppDbContext db, ViewerProvider viewers, IExperimentSearch search, ReadCache cache, ExperimentListIndex index) : IQueryHandler<ListExperimentsQuery, ExperimentPageDto>
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

        // The cache's version before the index is read: a save after it retires what is kept from this index at once.
        var version = cache.Version;
        var loaded = await index.GetAsync(db, cancellationToken);
        var match = new FilterMatch(filter);
        IReadOnlyList<ExperimentListIndex.Entry>? found = null;
        async Task<IReadOnlyList<ExperimentListIndex.Entry>> EntriesAsync() => string.IsNullOrWhiteSpace(filter.Q)
            ? loaded.Entries
            : found ??= loaded.Of(await search.Matching(filter.Q.Trim()).ToListAsync(cancellationToken)).ToList();

        // The total and the counts are the same for everyone who may read the same: kept per kind of reader and filter.
        var filterKey = System.Text.Json.JsonSerializer.Serialize(filter);
        var counts = await cache.GetAsync($"counts|{loaded.Generation}|{viewer.ReadersKey()}|{filterKey}", async () => match.Counts(await EntriesAsync(), viewer), version: version);

        // So are the rows of a page: the same for everyone who may read the same; a save retires them at once on this node.
        var items = await cache.ForReadersAsync(
            viewer,
            $"rows|{loaded.Generation}|{filterKey}|{query.Sort}|{query.Page}|{query.PageSize}",
            async () => await RowsAsync(viewer, Page(match.Hits(await EntriesAsync(), viewer), query), cancellationToken),
            rows => rows.Count / 10,
            version);
        return new ExperimentPageDto(items, counts.Total, query.Page, query.PageSize, counts.Facets);
    }

    /// <summary>The asked page of the hits, which come newest first: in that order the walk stops once the page is full.</summary>
    private static List<ExperimentListIndex.Entry> Page(IEnumerable<ExperimentListIndex.Entry> hits, ListExperimentsQuery query)
    {
        var sorted = query.Sort switch
        {
            ExperimentSort.Title => hits.OrderBy(e => e.Title, StringComparer.Ordinal).ThenBy(e => e.Id),
            ExperimentSort.Updated => hits.OrderByDescending(e => e.UpdatedAtUtc).ThenByDescending(e => e.Id),
            _ => hits,
        };
        return sorted.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
    }

    /// <summary>
    /// The page's rows, by key, in the page's order: one SQL command. Readability is asked again of the row itself, so
    /// rows read after another node made a project private or deleted it leave it out while this node's index still
    /// lists it; rows already kept show it until they go (ADR 0023).
    /// </summary>
    private async Task<IReadOnlyList<ExperimentListItemDto>> RowsAsync(Viewer viewer, List<ExperimentListIndex.Entry> page, CancellationToken cancellationToken)
    {
        var ids = page.Select(e => e.Id).ToList();
        // By key alone: with the visibility and deletion in the WHERE, SQLite walks an index of every live project instead.
        var rows = (await db.Experiments.AsNoTracking()
                .Where(e => ids.Contains(e.Id))
                .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new
                {
                    e.Id, e.Title, Municipality = m.Name, m.CbsCode, m.Province, e.Place, e.Status, e.Visibility,
                    Excerpt = e.Summary.Substring(0, 280), e.UpdatedAtUtc, e.MunicipalityId, e.DeletedAtUtc,
                })
                .ToListAsync(cancellationToken))
            .Where(r => r.DeletedAtUtc == null && ExperimentListIndex.Readable(r.Visibility, r.MunicipalityId, viewer))
            .ToDictionary(r => r.Id);
        return page.Where(e => rows.ContainsKey(e.Id)).Select(e => (Entry: e, Row: rows[e.Id])).Select(x => new ExperimentListItemDto(
            x.Row.Id, x.Row.Title, x.Row.Municipality, x.Row.CbsCode, x.Row.Province, x.Row.Place, x.Row.Status, x.Row.Visibility, x.Row.Excerpt, x.Entry.Themes, x.Row.UpdatedAtUtc)).ToList();
    }

    /// <summary>The filters as sets, and which of them a project fails. Within a facet any value matches; across facets all must.</summary>
    private sealed class FilterMatch(ExperimentFilter filter)
    {
        private const int ThemeBit = 1, LessonBit = 2, MunicipalityBit = 4, ProvinceBit = 8, StatusBit = 16, RecordBit = 32;

        // Keys as the database compared them on SQL Server too, where its collation ignores case.
        private readonly HashSet<string> _themes = filter.Themes.ToHashSet(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<int> _barriers = [.. filter.Barriers];
        private readonly HashSet<BarrierState> _states = [.. filter.BarrierStates];
        private readonly HashSet<int> _lessons = [.. filter.Lessons];
        private readonly HashSet<string> _municipalities = filter.Municipalities.Select(c => c.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        private readonly HashSet<Province> _provinces = [.. filter.Provinces];
        private readonly HashSet<ExperimentStatus> _statuses = [.. filter.Statuses];
        private readonly HashSet<string> _record = filter.Record.ToHashSet(StringComparer.OrdinalIgnoreCase);

        /// <summary>The projects the viewer may read that pass every filter, in the order given.</summary>
        public IEnumerable<ExperimentListIndex.Entry> Hits(IEnumerable<ExperimentListIndex.Entry> entries, Viewer viewer) =>
            entries.Where(e => e.ReadableBy(viewer) && Fails(e) == 0 && Barriers(e).All);

        /// <summary>One walk: how many the viewer may read under all filters, and each facet counted under all the other filters.</summary>
        public Counts Counts(IEnumerable<ExperimentListIndex.Entry> entries, Viewer viewer)
        {
            var counts = new FacetCounts();
            foreach (var entry in entries)
            {
                if (entry.ReadableBy(viewer))
                {
                    Count(entry, counts);
                }
            }

            return new Counts(counts.Total, counts.ToFacets());
        }

        private void Count(ExperimentListIndex.Entry entry, FacetCounts counts)
        {
            var fails = Fails(entry);
            if (fails != 0 && (fails & (fails - 1)) != 0)
            {
                return; // two filters or more fail: no count can include it
            }

            var (barriers, anyBarrier, anyState) = Barriers(entry);
            if (barriers)
            {
                counts.Total += fails == 0 ? 1 : 0;

                // A facet is counted under the other filters: the project may fail only the facet's own.
                if ((fails & ~ThemeBit) == 0)
                {
                    foreach (var theme in entry.Themes)
                    {
                        Add(counts.Themes, theme);
                    }
                }

                if ((fails & ~LessonBit) == 0)
                {
                    foreach (var lesson in entry.Lessons)
                    {
                        Add(counts.Lessons, Invariant(lesson));
                    }
                }

                if ((fails & ~MunicipalityBit) == 0)
                {
                    Add(counts.Municipalities, entry.CbsCode);
                }

                if ((fails & ~ProvinceBit) == 0)
                {
                    Add(counts.Provinces, entry.Province.ToString());
                }

                if ((fails & ~StatusBit) == 0)
                {
                    Add(counts.Statuses, entry.Status.ToString());
                }

                if ((fails & ~RecordBit) == 0)
                {
                    foreach (var tag in entry.RecordTags)
                    {
                        Add(counts.Record, tag);
                    }
                }
            }

            if (fails == 0 && anyState)
            {
                foreach (var barrier in entry.Barriers)
                {
                    if (_states.Count == 0 || _states.Contains(barrier.State))
                    {
                        Add(counts.Barriers, Invariant(barrier.Number));
                    }
                }
            }

            if (fails == 0 && anyBarrier)
            {
                foreach (var state in entry.Barriers.Where(b => _barriers.Count == 0 || _barriers.Contains(b.Number)).Select(b => b.State).Distinct())
                {
                    Add(counts.BarrierStates, state.ToString());
                }
            }
        }

        /// <summary>Whether the barrier filters pass (barrier and state together are one condition on the same barrier), and each on its own.</summary>
        private (bool All, bool AnyBarrier, bool AnyState) Barriers(ExperimentListIndex.Entry entry)
        {
            var (anyBarrier, anyState, both) = (_barriers.Count == 0, _states.Count == 0, false);
            foreach (var barrier in entry.Barriers)
            {
                var (number, state) = (_barriers.Contains(barrier.Number), _states.Contains(barrier.State));
                anyBarrier |= number;
                anyState |= state;
                both |= number && state;
            }

            return (_barriers.Count > 0 && _states.Count > 0 ? both : anyBarrier && anyState, anyBarrier, anyState);
        }

        private int Fails(ExperimentListIndex.Entry entry) =>
            (_themes.Count > 0 && !Any(entry.Themes, _themes) ? ThemeBit : 0)
            | (_lessons.Count > 0 && !Any(entry.Lessons, _lessons) ? LessonBit : 0)
            | (_municipalities.Count > 0 && !_municipalities.Contains(entry.CbsCode) ? MunicipalityBit : 0)
            | (_provinces.Count > 0 && !_provinces.Contains(entry.Province) ? ProvinceBit : 0)
            | (_statuses.Count > 0 && !_statuses.Contains(entry.Status) ? StatusBit : 0)
            | (_record.Count > 0 && !Any(entry.RecordTags, _record) ? RecordBit : 0);

        // Loops, not LINQ: the walk runs for every project on every list view.
        private static bool Any<T>(T[] values, HashSet<T> wanted)
        {
            foreach (var value in values)
            {
                if (wanted.Contains(value))
                {
                    return true;
                }
            }

            return false;
        }

        private static void Add(Dictionary<string, int> counts, string value) =>
            counts[value] = counts.GetValueOrDefault(value) + 1;

        private static string Invariant(int number) => number.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record Counts(int Total, IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> Facets);

    private sealed class FacetCounts
    {
        public int Total { get; set; }

        public Dictionary<string, int> Themes { get; } = [];

        public Dictionary<string, int> Barriers { get; } = [];

        public Dictionary<string, int> BarrierStates { get; } = [];

        public Dictionary<string, int> Lessons { get; } = [];

        public Dictionary<string, int> Municipalities { get; } = [];

        public Dictionary<string, int> Provinces { get; } = [];

        public Dictionary<string, int> Statuses { get; } = [];

        public Dictionary<string, int> Record { get; } = [];

        public IReadOnlyDictionary<string, IReadOnlyList<FacetValueDto>> ToFacets() => new Dictionary<string, IReadOnlyList<FacetValueDto>>
        {
            [ThemeFacet] = Values(Themes),
            [BarrierFacet] = Values(Barriers),
            [BarrierStateFacet] = Values(BarrierStates),
            [LessonFacet] = Values(Lessons),
            [MunicipalityFacet] = Values(Municipalities),
            [ProvinceFacet] = Values(Provinces),
            [StatusFacet] = Values(Statuses),
            [RecordFacet] = Values(Record),
        };

        private static List<FacetValueDto> Values(Dictionary<string, int> counts) =>
            counts.Select(c => new FacetValueDto(c.Key, c.Value)).OrderBy(f => f.Value, StringComparer.Ordinal).ToList();
    }
}
