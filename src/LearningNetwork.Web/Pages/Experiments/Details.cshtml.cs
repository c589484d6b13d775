using System.Globalization;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.AddTimelineEntry;
using LearningNetwork.Application.Experiments.ChangeStatus;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.LearningAgenda.ListQuestions;
using LearningNetwork.Application.Werksessies.GetPeerMatches;
using LearningNetwork.Application.Werksessies.ListWerksessies;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Following;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>One experiment: everything about it and its timeline; members of its municipality move it along.</summary>
public sealed class DetailsModel(ISender sender, ReadCache cache, ViewerProvider viewers) : PageModel
{
    public ExperimentDetailDto Experiment { get; private set; } = null!;

    /// <summary>
    /// The key under which the page's content is rendered once and kept (the cache tag helper) for everyone who reads
    /// the same (visitors, or the signed in of one municipality; moderators apart): the read cache's stamp before the
    /// project was read (<see cref="ReadCache.FragmentStamp"/>), the project and the kind of reader. Null when the page holds something of the reader's
    /// own: their buttons and forms (the project's own members, a reflection's author) or their werksessies.
    /// </summary>
    public string? ContentKey { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Conflict => ViewData[Infrastructure.MediatorExceptionPageFilter.ConflictKey] is true;

    public FollowStatusDto Follow { get; private set; } = null!;

    public IReadOnlyList<QuestionSummaryDto> Questions { get; private set; } = [];

    /// <summary>For the signed in: the municipalities proposed for a werksessie on the barriers that still block the project.</summary>
    public IReadOnlyList<BarrierMatchesDto> Matches { get; private set; } = [];

    /// <summary>For the signed in who may read them: the werksessies about this project's barriers its municipality took part in.</summary>
    public IReadOnlyList<WerksessieSummaryDto> Werksessies { get; private set; } = [];

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var stamp = cache.FragmentStamp;
        await LoadAsync(id, cancellationToken);
        var ownsNothingHere = !Experiment.CanEdit && Experiment.Reflections.All(r => r is { CanEdit: false, CanDelete: false }) && Werksessies.Count == 0;
        var viewer = await viewers.GetAsync(cancellationToken);
        ContentKey = ownsNothingHere ? string.Create(CultureInfo.InvariantCulture, $"{stamp}|{id}|{viewer.ReadersKey()}|{viewer.CanModerate()}") : null;
    }

    public async Task<IActionResult> OnPostStatusAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        await sender.Send(new ChangeStatusCommand(id, Input.Version, FormValues.Enum<ExperimentStatus>(Input.Status), Input.Note ?? string.Empty, Input.Reason), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostTimelineAsync(int id, CancellationToken cancellationToken)
    {
        await LoadAsync(id, cancellationToken);
        await sender.Send(new AddTimelineEntryCommand(id, Input.Version, FormValues.Enum<TimelineEntryKind>(Input.Kind), Input.Note ?? string.Empty), cancellationToken);
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Experiment = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Experiment, id.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        Questions = await sender.Send(new ListQuestionsQuery(null, id), cancellationToken);
        if (User.Identity?.IsAuthenticated == true && Experiment.Barriers.Any(b => b.State == BarrierState.StillBlocking))
        {
            Matches = await sender.Send(new GetPeerMatchesQuery(Experiment.MunicipalityId, ExperimentId: id), cancellationToken);
        }

        if (User.Identity?.IsAuthenticated == true && Experiment.Barriers.Count > 0)
        {
            Werksessies = await sender.Send(new ListWerksessiesQuery(id), cancellationToken);
        }
    }

    public sealed class InputModel
    {
        public int Version { get; set; }

        public string? Status { get; set; }

        public string? Kind { get; set; }

        public string? Note { get; set; }

        public string? Reason { get; set; }
    }
}
