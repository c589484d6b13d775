using LearningNetwork.Application.Accounts.EndSessions;
using LearningNetwork.Application.Accounts.FindPeople;
using LearningNetwork.Application.Accounts.SetAccountDisabled;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin;

/// <summary>Network admins find a person by e-mail, end their sessions, or block and unblock the account.</summary>
public sealed class PeopleModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public IReadOnlyList<AdminPersonDto> People { get; private set; } = [];

    [TempData]
    public string? Done { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        People = await sender.Send(new FindPeopleQuery(Query), cancellationToken);

    public async Task<IActionResult> OnPostEndSessionsAsync(string userId, CancellationToken cancellationToken)
    {
        People = await sender.Send(new FindPeopleQuery(Query), cancellationToken);
        await sender.Send(new EndSessionsCommand(userId), cancellationToken);
        Done = "sessions";
        return RedirectToPage(new { q = Query });
    }

    public async Task<IActionResult> OnPostDisableAsync(string userId, bool disabled, CancellationToken cancellationToken)
    {
        People = await sender.Send(new FindPeopleQuery(Query), cancellationToken);
        await sender.Send(new SetAccountDisabledCommand(userId, disabled), cancellationToken);
        Done = disabled ? "disabled" : "enabled";
        return RedirectToPage(new { q = Query });
    }
}
