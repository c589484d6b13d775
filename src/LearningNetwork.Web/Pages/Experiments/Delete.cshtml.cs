using LearningNetwork.Application.Experiments.DeleteExperiment;
using LearningNetwork.Application.Experiments.GetExperiment;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>Asks before deleting; network admins can bring it back for 30 days.</summary>
[Authorize]
public sealed class DeleteModel(ISender sender) : PageModel
{
    public ExperimentDetailDto Experiment { get; private set; } = null!;

    [BindProperty]
    public int Version { get; set; }

    public bool Conflict => ViewData[Infrastructure.MediatorExceptionPageFilter.ConflictKey] is true;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        Version = Experiment.Version;
        return Experiment.CanEdit ? Page() : StatusCode(StatusCodes.Status403Forbidden);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        await sender.Send(new DeleteExperimentCommand(id, Version), cancellationToken);
        return RedirectToPage("/Municipalities/Details", new { id = Experiment.MunicipalityId });
    }
}
