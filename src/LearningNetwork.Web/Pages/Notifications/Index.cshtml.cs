using LearningNetwork.Application.Notifications.ListNotifications;
using LearningNetwork.Application.Notifications.MarkNotificationsRead;
using LearningNetwork.Application.Notifications.MarkNotificationsSeen;
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

    /// <summary>Lists them; what the page showed counts as seen, so no mail tells it again.</summary>
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notifications = await sender.Send(new ListNotificationsQuery(), cancellationToken);
        if (Notifications.Items.Any(n => !n.Seen))
        {
            await sender.Send(new MarkNotificationsSeenCommand(Notifications.Items.Where(n => !n.Seen).Select(n => n.Id).ToList()), cancellationToken);
        }
    }

    public async Task<IActionResult> OnPostOpenAsync(long id, bool context, CancellationToken cancellationToken)
    {
        var target = await sender.Send(new MarkNotificationsReadCommand(id), cancellationToken);
        var url = context ? target?.ContextUrl ?? target?.Url : target?.Url;
        return url is not null && Url.IsLocalUrl(url) ? LocalRedirect(url) : RedirectToPage();
    }

    public async Task<IActionResult> OnPostAllAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsReadCommand(null), cancellationToken);
        return RedirectToPage();
    }
}
