using System.Globalization;
using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.Taxonomy.GetBarrier;
using LearningNetwork.Domain.Following;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Barriers;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public BarrierDetailDto Barrier { get; private set; } = null!;

    public FollowStatusDto Follow { get; private set; } = null!;

    public IReadOnlyList<SchetsboekQuestionDto> SchetsboekQuestions { get; private set; } = [];

    public async Task OnGetAsync(int number, CancellationToken cancellationToken)
    {
        Barrier = await sender.Send(new GetBarrierQuery(number), cancellationToken);
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(Barrier: number), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Barrier, Barrier.Number.ToString(CultureInfo.InvariantCulture)), cancellationToken);
    }
}
