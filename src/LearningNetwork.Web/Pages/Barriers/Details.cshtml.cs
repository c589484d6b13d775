using LearningNetwork.Application.Taxonomy.GetBarrier;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Barriers;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public BarrierDetailDto Barrier { get; private set; } = null!;

    public async Task OnGetAsync(int number, CancellationToken cancellationToken) =>
        Barrier = await sender.Send(new GetBarrierQuery(number), cancellationToken);
}
