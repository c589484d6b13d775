using System.Text.Json;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.ListExperiments;
using LearningNetwork.Application.Municipalities.ListMunicipalities;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>Browse the network's experiments: facets with counts, search, sort, pages; the state lives in the URL.</summary>
public sealed class IndexModel(ISender sender, ReadCache cache, ViewerProvider viewers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "theme")]
    public List<string> Theme { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "barrier")]
    public List<string> Barrier { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "barrierState")]
    public List<string> BarrierState { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "lesson")]
    public List<string> Lesson { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "municipality")]
    public List<string> Municipality { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "province")]
    public List<string> Province { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "status")]
    public List<string> Status { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "record")]
    public List<string> Record { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "sort")]
    public string? Sort { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public ExperimentPageDto? Result { get; private set; }

    public TaxonomyDto Taxonomy { get; private set; } = null!;

    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];

    /// <summary>
    /// Everything the filter's fieldsets show depends on, so they are rendered once and kept (the cache tag helper):
    /// the cache's stamp read before the counts were (<see cref="ReadCache.FragmentStamp"/>), who reads, and the chosen
    /// filters; not the sort or the page.
    /// </summary>
    public string FacetsKey { get; private set; } = string.Empty;

    /// <summary>The same for the results: the fieldsets' key, the sort and the page.</summary>
    public string ResultsKey { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stamp = cache.FragmentStamp;
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
        Municipalities = await sender.Send(new ListMunicipalitiesQuery(null), cancellationToken);
        Result = await sender.Send(ExperimentQueryString.ToQuery(Theme, Barrier, BarrierState, Lesson, Municipality, Province, Status, Q, Sort, PageNumber, null, Record), cancellationToken);
        var readers = (await viewers.GetAsync(cancellationToken)).ReadersKey();
        FacetsKey = JsonSerializer.Serialize(new object?[] { stamp, readers, Theme, Barrier, BarrierState, Lesson, Municipality, Province, Status, Q, Record });
        ResultsKey = JsonSerializer.Serialize(new object?[] { FacetsKey, Sort, PageNumber });
    }

    /// <summary>How many municipalities the filter offers at most: 342 checkboxes help nobody, on a phone least of all.</summary>
    public const int MunicipalityFacetSize = 25;

    private Dictionary<string, Dictionary<string, int>>? _counts;

    /// <summary>The municipalities the filter offers, by name: all of a chosen province, else those chosen and then those with the most projects.</summary>
    public IReadOnlyList<MunicipalityDto> ShownMunicipalities =>
        _shown ??= Municipalities
            .Where(m => IsChecked(ListExperimentsHandler.MunicipalityFacet, m.CbsCode) || CountOf(ListExperimentsHandler.MunicipalityFacet, m.CbsCode) > 0)
            .OrderByDescending(m => IsChecked(ListExperimentsHandler.MunicipalityFacet, m.CbsCode))
            .ThenByDescending(m => CountOf(ListExperimentsHandler.MunicipalityFacet, m.CbsCode))
            .Take(Province.Count > 0 ? int.MaxValue : Math.Max(MunicipalityFacetSize, Municipality.Count))
            .OrderBy(m => m.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>Municipalities with projects under these filters that the filter does not offer.</summary>
    public int HiddenMunicipalities =>
        Municipalities.Count(m => CountOf(ListExperimentsHandler.MunicipalityFacet, m.CbsCode) > 0) - ShownMunicipalities.Count(m => CountOf(ListExperimentsHandler.MunicipalityFacet, m.CbsCode) > 0);

    private IReadOnlyList<MunicipalityDto>? _shown;

    public bool IsChecked(string facet, string value) => Selected(facet).Contains(value, StringComparer.OrdinalIgnoreCase);

    public int CountOf(string facet, string value)
    {
        // Looked up, not searched: the municipality facet alone has 342 values, each asked for once.
        _counts ??= Result?.Facets.ToDictionary(
            f => f.Key,
            f => f.Value.GroupBy(v => v.Value, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First().Count, StringComparer.OrdinalIgnoreCase))
            ?? [];
        return _counts.TryGetValue(facet, out var values) && values.TryGetValue(value, out var count) ? count : 0;
    }

    /// <summary>The resource key of a case record's value in a filter (<c>funding.Subsidy</c> is <c>FundingSource_Subsidy</c>), as the record's page names it.</summary>
    public static string RecordTagKey(string tag)
    {
        var (kind, value) = (tag.Split('.')[0], tag.Split('.')[^1]);
        return kind switch
        {
            "work" => "WorkKind_",
            "funding" => "FundingSource_",
            "instrument" => "LegalInstrument_",
            "department" => "Department_",
            _ => "OutsideRole_",
        } + value;
    }

    /// <summary>The current filters with another page number, for the pagination links.</summary>
    public string QueryStringFor(int page)
    {
        var parts = new List<string>();
        foreach (var (name, values) in new[] { ("theme", Theme), ("barrier", Barrier), ("barrierState", BarrierState), ("lesson", Lesson), ("municipality", Municipality), ("province", Province), ("status", Status), ("record", Record) })
        {
            parts.AddRange(values.Select(v => $"{name}={Uri.EscapeDataString(v)}"));
        }

        if (!string.IsNullOrWhiteSpace(Q))
        {
            parts.Add($"q={Uri.EscapeDataString(Q)}");
        }

        if (!string.IsNullOrWhiteSpace(Sort))
        {
            parts.Add($"sort={Uri.EscapeDataString(Sort)}");
        }

        parts.Add($"p={page}");
        return "?" + string.Join("&", parts);
    }

    private List<string> Selected(string facet) => facet switch
    {
        ListExperimentsHandler.ThemeFacet => Theme,
        ListExperimentsHandler.BarrierFacet => Barrier,
        ListExperimentsHandler.BarrierStateFacet => BarrierState,
        ListExperimentsHandler.LessonFacet => Lesson,
        ListExperimentsHandler.MunicipalityFacet => Municipality,
        ListExperimentsHandler.ProvinceFacet => Province,
        ListExperimentsHandler.RecordFacet => Record,
        _ => Status,
    };
}
