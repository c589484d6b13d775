using System.Globalization;
using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.Taxonomy.GetBarrier;
using LearningNetwork.Domain.Following;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Application.Werksessies.GetPeerMatches;
using LearningNetwork.Application.Werksessies.ListHarvests;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Barriers;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public BarrierDetailDto Barrier { get; private set; } = null!;

    public FollowStatusDto Follow { get; private set; } = null!;

    public IReadOnlyList<SchetsboekQuestionDto> SchetsboekQuestions { get; private set; } = [];

    /// <summary>For a signed-in member whose municipality this barrier still blocks: who overcame it, proposed for a werksessie.</summary>
    public IReadOnlyList<BarrierMatchesDto> Matches { get; private set; } = [];

    /// <summary>The published harvests of werksessies about this barrier that the viewer may read.</summary>
    public IReadOnlyList<HarvestSummaryDto> Harvests { get; private set; } = [];

    public async Task OnGetAsync(int number, CancellationToken cancellationToken)
    {
        Barrier = await sender.Send(new GetBarrierQuery(number), cancellationToken);
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(Barrier: number), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Barrier, Barrier.Number.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        Harvests = await sender.Send(new ListHarvestsQuery(Barrier.Number), cancellationToken);
        if (User.Identity?.IsAuthenticated == true)
        {
            Matches = await sender.Send(new GetPeerMatchesQuery(null, BarrierNumber: Barrier.Number), cancellationToken);
        }
    }
}
