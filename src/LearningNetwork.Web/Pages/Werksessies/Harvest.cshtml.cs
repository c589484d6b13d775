using LearningNetwork.Application.Werksessies.GetHarvest;
using LearningNetwork.Application.Werksessies.MarkNextStepDone;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Werksessies;

/// <summary>
/// What a werksessie yielded: for those who took part (and their municipalities) from when it is recorded, for its
/// audience once published; visitors see a published public harvest without the names of people.
/// </summary>
[AllowAnonymous]
public sealed class HarvestModel(ISender sender) : PageModel
{
    public HarvestDto Harvest { get; private set; } = null!;

    [TempData]
    public string? Outcome { get; set; }

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Harvest = await sender.Send(new GetHarvestQuery(id), cancellationToken);

    /// <summary>A next step's owner (or the organiser) marks it done or not done.</summary>
    public async Task<IActionResult> OnPostStepAsync(int id, int step, bool done, CancellationToken cancellationToken)
    {
        Harvest = await sender.Send(new GetHarvestQuery(id), cancellationToken);
        await sender.Send(new MarkNextStepDoneCommand(id, step, done), cancellationToken);
        return RedirectToPage(new { id });
    }
}
