using System.Globalization;
using System.Text.Json;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Search.SearchSite;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using LearningNetwork.Domain.Search;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Search;

/// <summary>One search over the whole network; the question and the filters live in the URL.</summary>
public sealed class IndexModel(ISender sender, ReadCache cache, ViewerProvider viewers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "kind")]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "theme")]
    public string? Theme { get; set; }

    [BindProperty(SupportsGet = true, Name = "barrier")]
    public string? Barrier { get; set; }

    [BindProperty(SupportsGet = true, Name = "lesson")]
    public string? Lesson { get; set; }

    [BindProperty(SupportsGet = true, Name = "municipality")]
    public string? Municipality { get; set; }

    [BindProperty(SupportsGet = true, Name = "from")]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "to")]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public SearchResultsDto? Result { get; private set; }

    public TaxonomyDto Taxonomy { get; private set; } = null!;

    /// <summary>
    /// Everything the counts and the hits show depends on, so they are rendered once and kept (the cache tag helper):
    /// the cache's stamp read before the hits were (<see cref="ReadCache.FragmentStamp"/>), who reads, and the search
    /// as typed, which the filters' links repeat.
    /// </summary>
    public string ResultsKey { get; private set; } = string.Empty;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var stamp = cache.FragmentStamp;
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
        Result = await sender.Send(ToQuery(Q, Kind, Theme, Barrier, Lesson, Municipality, From, To, PageNumber), cancellationToken);
        var readers = (await viewers.GetAsync(cancellationToken)).ReadersKey();
        ResultsKey = JsonSerializer.Serialize(new object?[] { stamp, readers, Q, Kind, Theme, Barrier, Lesson, Municipality, From, To, PageNumber });
    }

    /// <summary>The query string as the use case's query: what does not parse becomes a value the validator refuses.</summary>
    public static SearchSiteQuery ToQuery(string? q, string? kind, string? theme, string? barrier, string? lesson, string? municipality, string? from, string? to, string? page) => new(
        q,
        string.IsNullOrWhiteSpace(kind) ? null : FormValues.Enum<SearchKind>(kind),
        string.IsNullOrWhiteSpace(theme) ? null : theme,
        FormValues.OptionalNumber(barrier),
        FormValues.OptionalNumber(lesson),
        FormValues.OptionalNumber(municipality),
        Date(from),
        Date(to),
        string.IsNullOrWhiteSpace(page) ? 1 : FormValues.Number(page));

    /// <summary>This search with one filter changed (null removes it) and back on the first page.</summary>
    public string Link(string name, string? value) => Link(name, value, 1);

    public string PageLink(int page) => Link("p", null, page);

    private string Link(string name, string? value, int page)
    {
        var values = new Dictionary<string, string?>
        {
            ["q"] = Q, ["kind"] = Kind, ["theme"] = Theme, ["barrier"] = Barrier, ["lesson"] = Lesson,
            ["municipality"] = Municipality, ["from"] = From, ["to"] = To,
        };
        values[name] = value;
        values["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null;
        return "/search" + QueryString.Create(values.Where(v => !string.IsNullOrWhiteSpace(v.Value))).ToUriComponent();
    }

    private static DateOnly? Date(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null
        : DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date
        : DateOnly.MinValue;
}
