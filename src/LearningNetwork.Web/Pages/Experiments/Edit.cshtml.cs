using LearningNetwork.Application.Accounts.GetMyAccount;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Experiments.GetLeadTime;
using LearningNetwork.Application.Experiments.SaveExperiment;
using LearningNetwork.Application.Municipalities.GetMunicipality;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>Log a project (no id) or edit one: members of its municipality only.</summary>
[Authorize]
public sealed class EditModel(ISender sender) : PageModel
{
    [BindProperty]
    public ExperimentForm Input { get; set; } = new();

    [BindProperty]
    public int Version { get; set; }

    [BindProperty]
    public string? Note { get; set; }

    public int? Id { get; private set; }

    public TaxonomyDto Taxonomy { get; private set; } = null!;

    public IReadOnlyList<MunicipalityPersonDto> Members { get; private set; } = [];

    /// <summary>The schetsboek's examples of the municipality, any of which this project may be.</summary>
    public IReadOnlyList<SourcedExampleDto> Examples { get; private set; } = [];

    /// <summary>What is saved now, shown beside the posted version when someone else saved first.</summary>
    public ExperimentDetailDto? Current { get; private set; }

    /// <summary>Where the use case's errors go in the form, set when a post is handled.</summary>
    private Func<string, string>? _errorKeys;

    public bool Conflict => ViewData[Infrastructure.MediatorExceptionPageFilter.ConflictKey] is true;

    /// <param name="fromExample">A new project starts from this schetsboek example of the municipality ("Maak er ons project van").</param>
    public async Task<IActionResult> OnGetAsync(int? id, string? fromExample, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var example = Current is null ? Examples.FirstOrDefault(e => e.Key == fromExample) : null;
        Input = Current is not null ? ExperimentForm.From(Current)
            : example is not null ? ExperimentForm.From(example)
            : new ExperimentForm().Complete();
        Version = Current?.Version ?? 0;
        await LoadLeadTimeAsync(id, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        // The input is taken as posted (an unknown barrier number must be refused, not dropped); the rows are
        // completed only for showing the form again.
        var input = Input.ToInput();
        var formKeys = Input.ErrorKeys();
        _errorKeys = key => key == $"{Infrastructure.MediatorExceptionPageFilter.InputPrefix}.{nameof(Note)}" ? nameof(Note) : formKeys(key);
        Input.Complete();
        await LoadLeadTimeAsync(id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await sender.Send(new SaveExperimentCommand(id, Version, input, Input.InitialStatus(), Note), cancellationToken);
        return RedirectToPage("Details", new { id = saved });
    }

    /// <remarks>Runs after <see cref="Infrastructure.MediatorExceptionPageFilter"/> turned a validation failure into errors.</remarks>
    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (_errorKeys is not null)
        {
            Infrastructure.FormErrors.Rekey(ModelState, _errorKeys);
        }
    }

    /// <summary>How long comparable couplings took, beside the expected end: for the themes and homes the form holds.</summary>
    public LeadTimeDto? LeadTime { get; private set; }

    private async Task LoadLeadTimeAsync(int? id, CancellationToken cancellationToken) =>
        LeadTime = await sender.Send(new GetLeadTimeQuery([.. Input.Themes], int.TryParse(Input.Homes, out var homes) && homes > 0 ? homes : null, id), cancellationToken);

    private async Task<bool> LoadAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
        int municipalityId;
        if (id is { } existing)
        {
            Current = await sender.Send(new GetExperimentQuery(existing), cancellationToken);
            if (!Current.CanEdit)
            {
                return false;
            }

            municipalityId = Current.MunicipalityId;
        }
        else
        {
            var account = await sender.Send(new GetMyAccountQuery(), cancellationToken);
            if (account.Membership is null)
            {
                return false;
            }

            municipalityId = account.Membership.MunicipalityId;
        }

        var municipality = await sender.Send(new GetMunicipalityQuery(municipalityId), cancellationToken);
        Members = municipality.People;
        Examples = municipality.FromSchetsboek;
        return true;
    }
}
