using System.Globalization;
using LearningNetwork.Application.Following.GetFollowStatus;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Application.LearningAgenda.ListQuestions;
using LearningNetwork.Application.Memberships.RequestMembership;
using LearningNetwork.Application.Municipalities.GetMunicipality;
using LearningNetwork.Application.Werksessies.GetPeerMatches;
using LearningNetwork.Application.Werksessies.SetWerksessieProposals;
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

    /// <summary>For the signed in: per barrier blocking this municipality, the municipalities proposed for a werksessie.</summary>
    public IReadOnlyList<BarrierMatchesDto> Matches { get; private set; } = [];

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

    public async Task<IActionResult> OnPostWerksessiesAsync(int id, bool proposed, CancellationToken cancellationToken)
    {
        await sender.Send(new SetWerksessieProposalsCommand(id, proposed), cancellationToken);
        return RedirectToPage(null, null, new { id }, "werksessie-proposals");
    }

    private async Task LoadAsync(int id, CancellationToken cancellationToken)
    {
        Municipality = await sender.Send(new GetMunicipalityQuery(id), cancellationToken);
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(Municipality: id), cancellationToken);
        Follow = await sender.Send(new GetFollowStatusQuery(FollowKind.Municipality, id.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        Questions = await sender.Send(new ListQuestionsQuery(id, null), cancellationToken);
        if (User.Identity?.IsAuthenticated == true)
        {
            Matches = await sender.Send(new GetPeerMatchesQuery(id), cancellationToken);
        }
    }

    public sealed class InputModel
    {
        public string? Motivation { get; set; }
    }
}
