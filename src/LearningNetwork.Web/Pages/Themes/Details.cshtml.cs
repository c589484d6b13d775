using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.Taxonomy.GetTheme;
using LearningNetwork.Domain.Following;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Themes;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public ThemeDetailDto Theme { get; private set; } = null!;

    public FollowStatusDto Follow { get; private set; } = null!;

    public IReadOnlyList<SchetsboekQuestionDto> SchetsboekQuestions { get; private set; } = [];

    public async Task OnGetAsync(string key, CancellationToken cancellationToken)
    {
        Theme = await sender.Send(new GetThemeQuery(key), cancellationToken);
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(Theme: Theme.Key), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Theme, Theme.Key), cancellationToken);
    }
}
