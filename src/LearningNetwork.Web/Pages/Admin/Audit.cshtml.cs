using LearningNetwork.Application.AuditLog.ListAuditEntries;
using LearningNetwork.Application.Municipalities.ListMunicipalities;
using LearningNetwork.Domain.Audit;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin;

/// <summary>The audit log for network admins; the filters live in the query string, so a view can be shared.</summary>
public sealed class AuditModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "kind")]
    public AuditAction? Kind { get; set; }

    [BindProperty(SupportsGet = true, Name = "municipality")]
    public int? MunicipalityId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Person { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPageDto? Result { get; private set; }

    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Municipalities = await sender.Send(new ListMunicipalitiesQuery(null), cancellationToken);
        if (ModelState.IsValid)
        {
            Result = await sender.Send(new ListAuditEntriesQuery(Kind, MunicipalityId, Person, From, To, PageNumber), cancellationToken);
        }

        return Page();
    }

    public Dictionary<string, string?> RouteFor(int page) => new()
    {
        ["kind"] = Kind?.ToString(),
        ["municipality"] = MunicipalityId?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["person"] = Person,
        ["from"] = From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["to"] = To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["p"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
