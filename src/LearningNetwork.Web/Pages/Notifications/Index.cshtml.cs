using LearningNetwork.Application.Notifications.ListNotifications;
using LearningNetwork.Application.Notifications.MarkNotificationsRead;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Notifications;

/// <summary>What concerns me: newest first, unread marked; opening one marks it read, "alles gelezen" marks them all.</summary>
[Authorize]
public sealed class IndexModel(ISender sender) : PageModel
{
    public NotificationsDto Notifications { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Notifications = await sender.Send(new ListNotificationsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostOpenAsync(long id, CancellationToken cancellationToken)
    {
        var url = await sender.Send(new MarkNotificationsReadCommand(id), cancellationToken);
        return url is not null && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostAllAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsReadCommand(null), cancellationToken);
        return RedirectToPage();
    }
}
