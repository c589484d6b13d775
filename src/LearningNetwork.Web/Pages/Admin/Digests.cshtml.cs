using LearningNetwork.Application.Digests;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin;

/// <summary>Digest deliveries per week and status, failed mail with a retry button, and the planner on demand.</summary>
public sealed class DigestsModel(ISender sender) : PageModel
{
    public DeliveryOverviewDto Overview { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    /// <summary>How many digests the planner just added, shown once after the redirect.</summary>
    [TempData]
    public int? Planned { get; set; }

    [TempData]
    public bool Retried { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await sender.Send(new GetDeliveryOverviewQuery(), cancellationToken);
        Input = new InputModel { Year = Overview.LatestDueWeek.IsoYear, Week = Overview.LatestDueWeek.IsoWeek };
    }

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken cancellationToken)
    {
        Overview = await sender.Send(new GetDeliveryOverviewQuery(), cancellationToken);
        var added = await sender.Send(new RunDigestPlannerCommand(Input.Year, Input.Week), cancellationToken);
        Planned = added;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRetryAsync(int id, CancellationToken cancellationToken)
    {
        Overview = await sender.Send(new GetDeliveryOverviewQuery(), cancellationToken);
        await sender.Send(new RetryMailCommand(id), cancellationToken);
        Retried = true;
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public int Year { get; set; }

        public int Week { get; set; }
    }
}
