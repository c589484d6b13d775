using LearningNetwork.Application.LearningAgenda.GetQuestion;
using LearningNetwork.Application.LearningAgenda.ListOwnExperiments;
using LearningNetwork.Application.LearningAgenda.SaveQuestion;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using LearningNetwork.Domain.Common;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.LearningAgenda;

/// <summary>Put a learning question on the municipality's agenda (no id), or change its project, tags and visibility.</summary>
[Authorize]
public sealed class EditModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public string? CurrentText { get; private set; }

    public TaxonomyDto Taxonomy { get; private set; } = null!;

    public IReadOnlyList<OwnExperimentDto> Experiments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, int? experimentId, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (id is not null)
        {
            var question = await sender.Send(new GetQuestionQuery(id.Value), cancellationToken);
            if (!question.CanEdit)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            CurrentText = question.Question.Text;
            Input = new InputModel
            {
                ExperimentId = question.Question.ExperimentId,
                Visibility = question.Visibility.ToString(),
                Barriers = question.Question.Barriers.ToList(),
                Themes = question.Question.Themes.ToList(),
            };
        }
        else if (Experiments.FirstOrDefault(e => e.Id == experimentId) is { } experiment)
        {
            Input.ExperimentId = experiment.Id;
            Input.Visibility = experiment.Visibility.ToString();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        if (id is not null)
        {
            CurrentText = (await sender.Send(new GetQuestionQuery(id.Value), cancellationToken)).Question.Text;
        }

        var saved = await sender.Send(
            new SaveQuestionCommand(id, Input.ExperimentId, CurrentText ?? Input.Text ?? string.Empty, FormValues.Enum<Visibility>(Input.Visibility), Input.Barriers, Input.Themes.Where(t => !string.IsNullOrWhiteSpace(t)).ToList()),
            cancellationToken);
        return RedirectToPage("/LearningAgenda/Details", new { id = saved });
    }

    private async Task LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
        Experiments = await sender.Send(new ListOwnExperimentsQuery(), cancellationToken);
    }

    public sealed class InputModel
    {
        public string? Text { get; set; }

        public int? ExperimentId { get; set; }

        public string? Visibility { get; set; } = nameof(Domain.Common.Visibility.Network);

        public List<int> Barriers { get; set; } = [];

        public List<string> Themes { get; set; } = [];
    }
}
