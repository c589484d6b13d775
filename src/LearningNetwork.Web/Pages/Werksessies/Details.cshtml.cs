using System.Text;
using LearningNetwork.Application.Werksessies.CancelWerksessie;
using LearningNetwork.Application.Werksessies.GetWerksessie;
using LearningNetwork.Application.Werksessies.GetWerksessieCalendar;
using LearningNetwork.Application.Werksessies.RespondToWerksessie;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Werksessies;

/// <summary>One werksessie: when, where, the agenda and who comes; those invited answer here, its organiser changes or cancels it.</summary>
[Authorize]
public sealed class DetailsModel(ISender sender) : PageModel
{
    public WerksessieDto Werksessie { get; private set; } = null!;

    public async Task OnGetAsync(int id, CancellationToken cancellationToken) =>
        Werksessie = await sender.Send(new GetWerksessieQuery(id), cancellationToken);

    /// <summary>The werksessie as an .ics file for one's own calendar.</summary>
    public async Task<IActionResult> OnGetCalendarAsync(int id, CancellationToken cancellationToken)
    {
        var calendar = await sender.Send(new GetWerksessieCalendarQuery(id), cancellationToken);
        return File(Encoding.UTF8.GetBytes(calendar), "text/calendar; charset=utf-8", $"werksessie-{id}.ics");
    }

    public async Task<IActionResult> OnPostRespondAsync(int id, string? response, CancellationToken cancellationToken)
    {
        Werksessie = await sender.Send(new GetWerksessieQuery(id), cancellationToken);
        await sender.Send(new RespondToWerksessieCommand(id, FormValues.Enum<InvitationResponse>(response)), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostCancelAsync(int id, CancellationToken cancellationToken)
    {
        Werksessie = await sender.Send(new GetWerksessieQuery(id), cancellationToken);
        await sender.Send(new CancelWerksessieCommand(id), cancellationToken);
        return RedirectToPage(new { id });
    }
}
