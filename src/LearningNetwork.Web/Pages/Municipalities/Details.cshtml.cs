using System.Globalization;
using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Application.LearningAgenda.ListQuestions;
using LearningNetwork.Application.Memberships.RequestMembership;
using LearningNetwork.Application.Municipalities.GetMunicipality;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Municipalities;

/// <summary>One municipality: who works on it, and the way in for someone who works there.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public MunicipalityDetailDto Municipality { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Outcome { get; set; }

    public FollowStatusDto Follow { get; private set; } = null!;

    public IReadOnlyList<SchetsboekQuestionDto> SchetsboekQuestions { get; private set; } = [];

    public IReadOnlyList<QuestionSummaryDto> Questions { get; private set; } = [];

    public Task OnGetAsync(int id, CancellationToken cancellationToken) => LoadAsync(id, cancellationToken);

    public async Task<IActionResult> OnPostJoinAsync(int id, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        await LoadAsync(id, cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await sender.Send(new RequestMembershipCommand(id, Input.Motivation ?? string.Empty), cancellationToken);
        Outcome = outcome.ToString();
        return RedirectToPage(new { id });
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Municipality = await sender.Send(new GetMunicipalityQuery(id), cancellationToken);
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(Municipality: id), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Municipality, id.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        Questions = await sender.Send(new ListQuestionsQuery(id, null), cancellationToken);
    }

    public sealed class InputModel
    {
        public string? Motivation { get; set; }
    }
}
