using System.Text.Json;
using LearningNetwork.Application.Digests.GetDeliveryOverview;
using LearningNetwork.Application.Digests.RetryMail;
using LearningNetwork.Application.Digests.RunDigestPlanner;
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

    /// <summary>What the planner just did (as JSON: temp data holds only simple values), shown once after the redirect.</summary>
    [TempData]
    public string? PlannerRun { get; set; }

    [TempData]
    public bool Retried { get; set; }

    /// <summary>The planner's run read back: shown in the success style when it added digests, else in the neutral one.</summary>
    public PlannerRunDto? Planned { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Overview = await sender.Send(new GetDeliveryOverviewQuery(), cancellationToken);
        Input = new InputModel { Year = Overview.LatestDueWeek.IsoYear, Week = Overview.LatestDueWeek.IsoWeek };
        Planned = PlannerRun is null ? null : JsonSerializer.Deserialize<PlannerRunDto>(PlannerRun);
    }

    public async Task<IActionResult> OnPostPlanAsync(CancellationToken cancellationToken)
    {
        Overview = await sender.Send(new GetDeliveryOverviewQuery(), cancellationToken);
        var run = await sender.Send(new RunDigestPlannerCommand(Input.Year, Input.Week), cancellationToken);
        PlannerRun = JsonSerializer.Serialize(run);
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
