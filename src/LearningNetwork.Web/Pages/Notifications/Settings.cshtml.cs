using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Notifications.CreateNotificationFeed;
using LearningNetwork.Application.Notifications.GetNotificationSettings;
using LearningNetwork.Application.Notifications.RevokeNotificationFeed;
using LearningNetwork.Application.Notifications.SaveNotificationSettings;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Notifications;

/// <summary>Per kind of notification: by mail at once, in the weekly digest, or in the portal only; and the private Atom feed.</summary>
[Authorize]
public sealed class SettingsModel(ISender sender, IPortalLinks links) : PageModel
{
    public NotificationSettingsDto Settings { get; private set; } = null!;

    /// <summary>Kind name to delivery name, as the radio buttons post them.</summary>
    [BindProperty]
    public Dictionary<string, string> Deliveries { get; set; } = [];

    [TempData]
    public bool Saved { get; set; }

    /// <summary>A feed address just made: shown once, after the redirect; only its hash is stored.</summary>
    [TempData]
    public string? NewFeedToken { get; set; }

    [TempData]
    public bool FeedRevoked { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Settings = await sender.Send(new GetNotificationSettingsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Settings = await sender.Send(new GetNotificationSettingsQuery(), cancellationToken);
        var deliveries = new Dictionary<NotificationKind, NotificationDelivery>();
        foreach (var (kind, delivery) in Deliveries)
        {
            if (!Enum.TryParse<NotificationKind>(kind, out var k) || !Enum.IsDefined(k) || !Enum.TryParse<NotificationDelivery>(delivery, out var d) || !Enum.IsDefined(d))
            {
                // Not one of the page's own choices: the validator's message, in the user's language.
                deliveries[(NotificationKind)0] = (NotificationDelivery)0;
                continue;
            }

            deliveries[k] = d;
        }

        await sender.Send(new SaveNotificationSettingsCommand(deliveries), cancellationToken);
        Saved = true;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostCreateFeedAsync(CancellationToken cancellationToken)
    {
        NewFeedToken = await sender.Send(new CreateNotificationFeedCommand(), cancellationToken);
        return RedirectToPage(null, null, "feed-title");
    }

    public async Task<IActionResult> OnPostRevokeFeedAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new RevokeNotificationFeedCommand(), cancellationToken);
        FeedRevoked = true;
        return RedirectToPage(null, null, "feed-title");
    }

    /// <summary>The feed's address for a token, on the portal's public address like every link in mail.</summary>
    public string FeedUrl(string token) => links.Absolute($"/feeds/notifications/{Uri.EscapeDataString(token)}");
}
