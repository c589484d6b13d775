using LearningNetwork.Application.LearningAgenda.ChangeQuestionState;
using LearningNetwork.Application.LearningAgenda.DeleteQuestion;
using LearningNetwork.Application.LearningAgenda.GetQuestion;
using LearningNetwork.Application.LearningAgenda.LinkAnswer;
using LearningNetwork.Application.LearningAgenda.ReformulateQuestion;
using LearningNetwork.Application.LearningAgenda.UnlinkAnswer;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.LearningAgenda;

/// <summary>One learning question: its history and answers; members of its municipality move it along.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public QuestionDetailDto Question { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Question = await sender.Send(new GetQuestionQuery(id), cancellationToken);
        Input.Text = Question.Question.Text;
    }

    public Task<IActionResult> OnPostReformulateAsync(int id, CancellationToken cancellationToken) =>
        RunAsync(id, new ReformulateQuestionCommand(id, Input.Text ?? string.Empty, Input.Note), cancellationToken);

    public Task<IActionResult> OnPostAnsweredAsync(int id, CancellationToken cancellationToken) =>
        RunAsync(id, new ChangeQuestionStateCommand(id, QuestionState.Answered, Input.Note), cancellationToken);

    public Task<IActionResult> OnPostReopenAsync(int id, CancellationToken cancellationToken) =>
        RunAsync(id, new ChangeQuestionStateCommand(id, QuestionState.Open, Input.Note), cancellationToken);

    public Task<IActionResult> OnPostLinkAsync(int id, CancellationToken cancellationToken) =>
        RunAsync(id, new LinkAnswerCommand(id, Input.ReflectionId ?? 0), cancellationToken);

    public Task<IActionResult> OnPostUnlinkAsync(int id, int reflectionId, CancellationToken cancellationToken) =>
        RunAsync(id, new UnlinkAnswerCommand(id, reflectionId), cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(int id, CancellationToken cancellationToken)
    {
        Question = await sender.Send(new GetQuestionQuery(id), cancellationToken);
        var municipalityId = await sender.Send(new DeleteQuestionCommand(id), cancellationToken);
        return Redirect(Url.Page("/Municipalities/Details", new { id = municipalityId }) + "#learning-agenda");
    }

    /// <summary>Loads the page first (so a refused command shows it with the errors), then runs the command.</summary>
    private async Task<IActionResult> RunAsync(int id, ICommand command, CancellationToken cancellationToken)
    {
        Question = await sender.Send(new GetQuestionQuery(id), cancellationToken);
        await sender.Send(command, cancellationToken);
        return RedirectToPage(new { id });
    }

    public sealed class InputModel
    {
        public string? Text { get; set; }

        public string? Note { get; set; }

        public int? ReflectionId { get; set; }
    }
}
