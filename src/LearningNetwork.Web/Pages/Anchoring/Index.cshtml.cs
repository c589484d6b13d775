using LearningNetwork.Application.Anchoring;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using LearningNetwork.Application.Anchoring.DismissAnchoringFlag;
using LearningNetwork.Application.Anchoring.RestoreAnchoringFlag;
using LearningNetwork.Application.Anchoring.GetAnchoringWatch;

namespace LearningNetwork.Web.Pages.Anchoring;

/// <summary>
/// The anchoring watch of the member's municipality: its projects that one person carries, that stay long in Idee or
/// Voorbereiding, or that are "Verankerd" without a budget line or owner; each with projects elsewhere that made the
/// step. A flag is set aside with a reason, which colleagues see; it can be shown again.
/// </summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public AnchoringPageDto Watch { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Watch = await sender.Send(new GetAnchoringWatchQuery(), cancellationToken);

    public async Task<IActionResult> OnPostDismissAsync(CancellationToken cancellationToken)
    {
        Watch = await sender.Send(new GetAnchoringWatchQuery(), cancellationToken);
        await sender.Send(new DismissAnchoringFlagCommand(Input.ExperimentId, FormValues.Enum<AnchoringFlagKind>(Input.Kind), Input.Reason ?? string.Empty), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int experimentId, string? kind, CancellationToken cancellationToken)
    {
        await sender.Send(new RestoreAnchoringFlagCommand(experimentId, FormValues.Enum<AnchoringFlagKind>(kind)), cancellationToken);
        return RedirectToPage();
    }

    /// <summary>Whether the form of this flag is the one posted with errors: only its form shows them.</summary>
    public bool Posted(AnchoringFlagDto flag) =>
        !ModelState.IsValid && Input.ExperimentId == flag.ExperimentId && Input.Kind == flag.Kind.ToString();

    public sealed class InputModel
    {
        public int ExperimentId { get; set; }

        public string? Kind { get; set; }

        public string? Reason { get; set; }
    }
}
