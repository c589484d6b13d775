using LearningNetwork.Application.Experiments.AddTimelineEntry;
using LearningNetwork.Application.Experiments.ChangeStatus;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>One experiment: everything about it and its timeline; members of its municipality move it along.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public ExperimentDetailDto Experiment { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Conflict => ViewData[Infrastructure.MediatorExceptionPageFilter.ConflictKey] is true;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken cancellationToken)
    {
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        await sender.Send(new ChangeStatusCommand(id, Input.Version, Parse<ExperimentStatus>(Input.Status), Input.Note ?? string.Empty, Input.Reason), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTimelineAsync(int id, CancellationToken cancellationToken)
    {
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        await sender.Send(new AddTimelineEntryCommand(id, Input.Version, Parse<TimelineEntryKind>(Input.Kind), Input.Note ?? string.Empty), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRecogniseAsync(int id, int reflectionId, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        await sender.Send(new Application.Reflections.ToggleRecognitionCommand(reflectionId), cancellationToken);
        return Redirect(Url.Page("/Experiments/Details", new { id }) + $"#reflection-{reflectionId}");
    }

    public async Task<IActionResult> OnPostModerateAsync(int id, int reflectionId, bool hide, CancellationToken cancellationToken)
    {
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        await sender.Send(new Application.Reflections.ModerateReflectionCommand(reflectionId, hide, Input.Reason), cancellationToken);
        return Redirect(Url.Page("/Experiments/Details", new { id }) + $"#reflection-{reflectionId}");
    }

    /// <summary>Names only; anything else becomes a value the validators refuse with a clear message.</summary>
    private static T Parse<T>(string? value)
        where T : struct, Enum =>
        value is not null && !value.Any(char.IsDigit) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed) ? parsed : (T)Enum.ToObject(typeof(T), -1);

    public sealed class InputModel
    {
        public int Version { get; set; }

        public string? Status { get; set; }

        public string? Kind { get; set; }

        public string? Note { get; set; }

        public string? Reason { get; set; }
    }
}
