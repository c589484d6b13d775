using LearningNetwork.Application.Notifications.UnsubscribeNotifications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Notifications;

/// <summary>
/// A notification mail's unsubscribe link, per kind. Opening it asks for a click (link scanners open links too);
/// mail clients POST to it directly (RFC 8058 one-click), without a session or a form token: the signed, expiring
/// token is the proof.
/// </summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class UnsubscribeModel(ISender sender) : PageModel
{
    public bool Posted { get; private set; }

    public UnsubscribedKinds? Outcome { get; private set; }

    public string Token { get; private set; } = string.Empty;

    public void OnGet(string? token) => Token = token ?? string.Empty;

    public async Task<IActionResult> OnPostAsync(string? token, CancellationToken cancellationToken)
    {
        Token = token ?? string.Empty;
        Posted = true;
        Outcome = await sender.Send(new UnsubscribeNotificationsCommand(Token), cancellationToken);
        if (Outcome is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return Page();
    }
}
