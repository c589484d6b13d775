using LearningNetwork.Application.Experiments.ListDeletedExperiments;
using LearningNetwork.Application.Experiments.RestoreExperiment;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin;

public sealed class DeletedModel(ISender sender) : PageModel
{
    public IReadOnlyList<DeletedExperimentDto> Experiments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Experiments = await sender.Send(new ListDeletedExperimentsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostRestoreAsync(int id, CancellationToken cancellationToken)
    {
        Experiments = await sender.Send(new ListDeletedExperimentsQuery(), cancellationToken);
        await sender.Send(new RestoreExperimentCommand(id), cancellationToken);
        return RedirectToPage("/Experiments/Details", new { id });
    }
}
