using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Reflections.DeleteReflection;
using LearningNetwork.Application.Reflections.GetReflectionMarkdown;
using LearningNetwork.Application.Reflections.PreviewMarkdown;
using LearningNetwork.Application.Reflections.SaveReflection;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>Write a reflection on an experiment (no id) or edit one, with a preview of the Markdown.</summary>
[Authorize]
public sealed class ReflectionModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ExperimentDetailDto Experiment { get; private set; } = null!;

    public TaxonomyDto Taxonomy { get; private set; } = null!;

    public int? Id { get; private set; }

    public string? PreviewHtml { get; private set; }

    public async Task<IActionResult> OnGetAsync(int experimentId, int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(experimentId, id, cancellationToken);
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        if (id is { } existing)
        {
            var reflection = Experiment.Reflections.Single(r => r.Id == existing);
            Input = new InputModel
            {
                Kind = reflection.Kind.ToString(),
                Title = reflection.Title,
                Lessons = reflection.Lessons.ToList(),
                Barriers = reflection.Barriers.ToList(),
                TimelineEntryId = reflection.TimelineEntryId,
            };
            Input.Body = await sender.Send(new GetReflectionMarkdownQuery(existing), cancellationToken);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int experimentId, int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(experimentId, id, cancellationToken);
        var kind = FormValues.Enum<ReflectionKind>(Input.Kind);
        var saved = await sender.Send(
            new SaveReflectionCommand(id, experimentId, kind, Input.Title ?? string.Empty, Input.Body ?? string.Empty, Input.Lessons, Input.Barriers, Input.TimelineEntryId),
            cancellationToken);
        return RedirectToPage("/Reflections/Details", new { id = saved });
    }

    public async Task<IActionResult> OnPostPreviewAsync(int experimentId, int? id, CancellationToken cancellationToken)
    {
        await LoadAsync(experimentId, id, cancellationToken);
        if (Refusal() is { } refusal)
        {
            return refusal;
        }

        PreviewHtml = await sender.Send(new PreviewMarkdownQuery(Input.Body ?? string.Empty), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostDeleteAsync(int experimentId, int id, CancellationToken cancellationToken)
    {
        await LoadAsync(experimentId, id, cancellationToken);
        await sender.Send(new DeleteReflectionCommand(id), cancellationToken);
        return RedirectToPage("/Experiments/Details", new { id = experimentId });
    }

    /// <summary>The form and its preview are for who may save it: the author (editing) or a member of the municipality (writing).</summary>
    private IActionResult? Refusal()
    {
        if (Id is { } existing)
        {
            var reflection = Experiment.Reflections.SingleOrDefault(r => r.Id == existing);
            return reflection is null ? NotFound() : reflection.CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);
        }

        return Experiment.CanEdit ? null : StatusCode(StatusCodes.Status403Forbidden);
    }

    private async Task LoadAsync(int experimentId, int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Experiment = await sender.Send(new GetExperimentQuery(experimentId), cancellationToken);
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
    }

    public sealed class InputModel
    {
        public string? Kind { get; set; } = nameof(ReflectionKind.WhatWorked);

        public string? Title { get; set; }

        public string? Body { get; set; }

        public List<int> Lessons { get; set; } = [];

        public List<int> Barriers { get; set; } = [];

        /// <summary>The moment in the experiment's timeline the reflection belongs to, if any.</summary>
        public int? TimelineEntryId { get; set; }
    }
}
