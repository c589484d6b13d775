using LearningNetwork.Application.Werksessies.ListHarvests;
using LearningNetwork.Application.Werksessies.ListWerksessies;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Werksessies;

/// <summary>The werksessies one organises or is invited to, and those of one's municipality; then the harvests published in the network.</summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<WerksessieSummaryDto> Werksessies { get; private set; } = [];

    /// <summary>What werksessies in the network yielded, published for the network or the public.</summary>
    public IReadOnlyList<HarvestSummaryDto> Harvests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Werksessies = await sender.Send(new ListWerksessiesQuery(), cancellationToken);
        Harvests = await sender.Send(new ListHarvestsQuery(), cancellationToken);
    }
}
