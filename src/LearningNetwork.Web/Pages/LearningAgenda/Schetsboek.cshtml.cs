using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.LearningAgenda.AdoptSchetsboekQuestion;
using LearningNetwork.Application.LearningAgenda.GetSchetsboekQuestion;
using LearningNetwork.Application.LearningAgenda.LinkSchetsboekAnswer;
using LearningNetwork.Application.LearningAgenda.UnlinkSchetsboekAnswer;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.LearningAgenda;

/// <summary>One question of the schetsboek on the starting learning agenda: members answer, follow and adopt it.</summary>
public sealed class SchetsboekModel(ISender sender) : PageModel
{
    public SchetsboekQuestionDetailDto Question { get; private set; } = null!;

    public FollowStatusDto Follow { get; private set; } = null!;

    [BindProperty]
    public int? ReflectionId { get; set; }

    public Task OnGetAsync(string key, CancellationToken cancellationToken) => LoadAsync(key, cancellationToken);

    public async Task<IActionResult> OnPostLinkAsync(string key, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        await LoadAsync(key, cancellationToken);
        await sender.Send(new LinkSchetsboekAnswerCommand(key, ReflectionId ?? 0), cancellationToken);
        return RedirectToPage(new { key });
    }

    public async Task<IActionResult> OnPostUnlinkAsync(string key, int reflectionId, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        await LoadAsync(key, cancellationToken);
        await sender.Send(new UnlinkSchetsboekAnswerCommand(key, reflectionId), cancellationToken);
        return RedirectToPage(new { key });
    }

    public async Task<IActionResult> OnPostAdoptAsync(string key, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        await LoadAsync(key, cancellationToken);
        var id = await sender.Send(new AdoptSchetsboekQuestionCommand(key), cancellationToken);
        return RedirectToPage("/LearningAgenda/Details", new { id });
    }

    private async Task LoadAsync(string key, CancellationToken cancellationToken)
    {
        Question = await sender.Send(new GetSchetsboekQuestionQuery(key), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.SchetsboekQuestion, key), cancellationToken);
    }
}
