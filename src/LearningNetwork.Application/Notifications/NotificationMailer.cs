using System.Globalization;
using System.Net;
using System.Text;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Mail;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Application.Notifications;

/// <summary>The <c>Notifications</c> configuration section: how at-once mail is batched.</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// A notification waits this long before it is mailed, so that what follows it comes in the same mail and what
    /// the person sees in the portal meanwhile is not mailed at all: at most one mail per person per window.
    /// </summary>
    public int BatchSeconds { get; set; } = 15 * 60;

    /// <summary>Older notifications are not mailed any more (after downtime, or when a person switches mail on).</summary>
    public int MaxAgeHours { get; set; } = 48;

    /// <summary>People whose mail is composed in one round.</summary>
    public int BatchSize { get; set; } = 100;
}

/// <summary>
/// Mails notifications "at once", batched: a person is due when their oldest notification that is to be mailed has
/// waited the batching window; the mail then holds everything not yet mailed and not yet seen in the portal. Exactly
/// once: in one transaction the notifications are marked with the mail's Message-ID (only those still unmarked; when
/// another node marked one first, nothing is saved) and the mail is put in the outbox, which delivers it through
/// SMTP outages. A crash before the commit leaves nothing behind, and the next round composes the mail again.
/// </summary>
public sealed partial class NotificationMailer(
    IAppDbContext db,
    IMailTransport transport,
    IPortalLinks links,
    IUnsubscribeTokens tokens,
    IDeliverySignal signal,
    IOptions<NotificationOptions> options,
    TimeProvider clock,
    ILogger<NotificationMailer> logger)
{
    /// <summary>Composes the mail of everyone who is due; returns how many mails went to the outbox.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var dueBefore = now.AddSeconds(-options.Value.BatchSeconds);
        var people = await ToMail(now)
            .Where(n => n.CreatedAtUtc <= dueBefore)
            .Select(n => n.UserId)
            .Distinct()
            .OrderBy(userId => userId)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        var queued = 0;
        foreach (var userId in people)
        {
            db.ClearChangeTracker();
            try
            {
                queued += await ComposeAsync(userId, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tried again at the next round; one person's mail never holds up the others'.
                LogComposeFailed(exception, userId);
            }
        }

        db.ClearChangeTracker();
        if (queued > 0)
        {
            signal.Notify();
        }

        return queued;
    }

    /// <summary>
    /// Notifications still to be mailed at once: recent, not mailed, not seen, of a kind the person wants at once,
    /// to a confirmed address of an account that is not blocked.
    /// </summary>
    private IQueryable<Notification> ToMail(DateTime now)
    {
        var oldest = now.AddHours(-options.Value.MaxAgeHours);
        var byDefault = NotificationPreference.ImmediateByDefault;
        return db.Notifications
            .Where(n => n.CreatedAtUtc > oldest && n.MailMessageId == null && n.SeenAtUtc == null)
            .Where(n => db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.Kind == n.Kind && p.Delivery == NotificationDelivery.Immediately)
                || (byDefault.Contains(n.Kind) && !db.NotificationPreferences.Any(p => p.UserId == n.UserId && p.Kind == n.Kind)))
            .Where(n => db.People.Any(p => p.Id == n.UserId && p.EmailConfirmed && !p.Blocked));
    }

    private async Task<bool> ComposeAsync(string userId, DateTime now, CancellationToken cancellationToken)
    {
        var items = await ToMail(now)
            .Where(n => n.UserId == userId)
            .OrderBy(n => n.Id)
            .LeftJoin(db.People, n => n.ActorUserId, p => p.Id, (n, p) => new MailedNotification(n.Id, n.Kind, n.Title, p == null ? null : p.DisplayName, n.Detail, n.Url, n.ContextUrl))
            .ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return false;
        }

        var person = await db.People.SingleAsync(p => p.Id == userId, cancellationToken);
        var ids = items.Select(i => i.Id).ToList();
        // The same on every attempt for the same first notification: a receiver drops a repeat.
        var messageId = $"notify.{userId}.{ids[0]}@{transport.MessageIdDomain}";
        var mail = Compose(person, items) with { MessageId = messageId };
        try
        {
            return await db.InTransactionAsync(
                async token =>
                {
                    var marked = await db.Notifications
                        .Where(n => ids.Contains(n.Id) && n.MailMessageId == null)
                        .ExecuteUpdateAsync(set => set.SetProperty(n => n.MailMessageId, messageId), token);
                    if (marked != ids.Count)
                    {
                        throw new MailedElsewhereException();
                    }

                    db.OutboxMessages.Add(MailOutbox.ToMessage(mail, transport.MessageIdDomain, null, clock.GetUtcNow().UtcDateTime));
                    await db.SaveChangesAsync(token);
                    return true;
                },
                async token => (await db.Notifications.AnyAsync(n => n.Id == ids[0] && n.MailMessageId == messageId, token), true),
                cancellationToken);
        }
        catch (MailedElsewhereException)
        {
            // Another node mailed some of these first: nothing of ours was saved; the next round sees what is left.
            db.ClearChangeTracker();
            return false;
        }
    }

    /// <summary>The mail in the person's language: each notification with its link, then why it came and a one-click stop per kind.</summary>
    private OutgoingMail Compose(Person person, IReadOnlyList<MailedNotification> items)
    {
        using var _ = new CultureScope(person.PreferredLanguage);
        var culture = CultureInfo.CurrentUICulture;
        var kinds = items.Select(i => i.Kind).Distinct().Order().ToList();
        var subject = Plurals.Format(culture, nameof(AppTexts.NotificationMailSubject), items.Count);
        var greeting = string.Format(culture, AppTexts.MailGreeting, person.DisplayName);
        var text = new StringBuilder().AppendLine(greeting).AppendLine().AppendLine(AppTexts.NotificationMailIntro).AppendLine();
        var html = MailLayout.BeginHtml(subject, culture)
            .Append("<p style=\"margin:0 0 16px;font-size:14px;font-weight:bold;color:#154273;\">").Append(Encode(AppTexts.PortalName)).Append("</p>")
            .Append("<p style=\"margin:0 0 8px;\">").Append(Encode(greeting)).Append("</p>")
            .Append("<p style=\"margin:0 0 16px;\">").Append(Encode(AppTexts.NotificationMailIntro)).Append("</p>");
        foreach (var item in items)
        {
            var sentence = NotificationTexts.Sentence(item.Kind, item.Actor, item.Title, item.Detail);
            var url = links.Absolute(item.Url);
            html.Append("<div style=\"margin:0 0 16px;padding:0 0 16px;border-bottom:1px solid #d0d0d0;\"><p style=\"margin:0 0 4px;\">").Append(Encode(sentence)).Append("</p>")
                .Append("<p style=\"margin:0;\">").Append(MailLayout.Link(url, AppTexts.NotificationMailOpen));
            text.AppendLine("* " + sentence).Append("  ").Append(AppTexts.NotificationMailOpen).Append(": ").AppendLine(url);
            if (item.ContextUrl is not null)
            {
                var context = links.Absolute(item.ContextUrl);
                html.Append(" · ").Append(MailLayout.Link(context, NotificationTexts.ContextLabel(item.Kind)));
                text.Append("  ").Append(NotificationTexts.ContextLabel(item.Kind)).Append(": ").AppendLine(context);
            }

            html.Append("</p></div>");
            text.AppendLine();
        }

        var all = links.Notifications();
        var settings = links.NotificationSettings();
        html.Append("<p style=\"margin:0 0 16px;\">").Append(MailLayout.Link(all, AppTexts.NotificationMailAll)).Append("</p>")
            .Append("<hr style=\"border:0;border-top:1px solid #d0d0d0;margin:24px 0 16px;\">")
            .Append("<p style=\"margin:0 0 8px;font-size:14px;color:#4b4b4b;\">").Append(Encode(AppTexts.NotificationMailWhy)).Append("</p>")
            .Append("<p style=\"margin:0;font-size:14px;\">").Append(MailLayout.Link(settings, AppTexts.NotificationMailSettings));
        text.Append(AppTexts.NotificationMailAll).Append(": ").AppendLine(all).AppendLine().AppendLine("-- ").AppendLine(AppTexts.NotificationMailWhy)
            .Append(AppTexts.NotificationMailSettings).Append(": ").AppendLine(settings);
        foreach (var kind in kinds)
        {
            var stop = links.UnsubscribeNotifications(tokens.CreateForNotifications(person.Id, [kind]));
            var label = string.Format(culture, AppTexts.NotificationMailStop, NotificationTexts.KindLabel(kind));
            html.Append("<br>").Append(MailLayout.Link(stop, label));
            text.Append(label).Append(": ").AppendLine(stop);
        }

        html.Append("</p>").Append(MailLayout.EndHtml);
        // The List-Unsubscribe header (RFC 8058) stops every kind this mail holds, in one click.
        var unsubscribe = links.UnsubscribeNotifications(tokens.CreateForNotifications(person.Id, kinds));
        return new OutgoingMail(person.Email, person.DisplayName, subject, text.ToString(), html.ToString()) { UnsubscribeUrl = unsubscribe };
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);

    private sealed record MailedNotification(long Id, NotificationKind Kind, string Title, string? Actor, string? Detail, string Url, string? ContextUrl);

    private sealed class MailedElsewhereException : Exception;

    [LoggerMessage(Level = LogLevel.Error, Message = "Composing the notification mail of {UserId} failed; it is tried again at the next round")]
    private partial void LogComposeFailed(Exception exception, string userId);
}
