using System.Globalization;
using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.Taxonomy.GetLesson;
using LearningNetwork.Domain.Following;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Lessons;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public LessonDetailDto Lesson { get; private set; } = null!;

    public FollowStatusDto Follow { get; private set; } = null!;

    public IReadOnlyList<SchetsboekQuestionDto> SchetsboekQuestions { get; private set; } = [];

    public async Task OnGetAsync(int number, CancellationToken cancellationToken)
    {
        Lesson = await sender.Send(new GetLessonQuery(number), cancellationToken);
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(Lesson: number), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Lesson, Lesson.Number.ToString(CultureInfo.InvariantCulture)), cancellationToken);
    }
}
