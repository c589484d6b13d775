using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Mail;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Application.Werksessies;

/// <summary>
/// The reminder the day before: for every planned werksessie starting within the next 24 hours, a mail to each person
/// invited who has not declined (not to those invited less than a day ahead: their invitation is reminder enough). Exactly once per person and werksessie, also with several nodes: the invitation is
/// marked with the mail's Message-ID in the same transaction that queues it, and only if no one marked it first.
/// </summary>
public sealed partial class WerksessieReminders(
    IAppDbContext db,
    IMailTransport transport,
    IPortalLinks links,
    ICalendarWriter calendar,
    IDeliverySignal signal,
    TimeProvider clock,
    ILogger<WerksessieReminders> logger)
{
    public static readonly TimeSpan Ahead = TimeSpan.FromHours(24);

    /// <summary>Queues the reminders that are due; returns how many.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now + Ahead;
        var due = await db.Werksessies.AsNoTracking()
            .Where(w => w.State == WerksessieState.Planned && w.StartsAtUtc > now && w.StartsAtUtc <= until)
            .SelectMany(w => w.Invitations, (w, i) => new { WerksessieId = w.Id, w.StartsAtUtc, i.Id, i.UserId, i.Response, i.ReminderMessageId, i.InvitedAtUtc })
            .Where(i => i.Response != InvitationResponse.Declined && i.ReminderMessageId == null)
            .Where(i => db.People.Any(p => p.Id == i.UserId && p.EmailConfirmed && !p.Blocked))
            .OrderBy(i => i.Id)
            .ToListAsync(cancellationToken);
        due.RemoveAll(i => i.StartsAtUtc - i.InvitedAtUtc < Ahead);
        var queued = 0;
        foreach (var invitation in due)
        {
            db.ClearChangeTracker();
            try
            {
                queued += await QueueAsync(invitation.WerksessieId, invitation.Id, invitation.UserId, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tried again at the next round; one reminder never holds up the others.
                LogReminderFailed(exception, invitation.Id);
            }
        }

        db.ClearChangeTracker();
        if (queued > 0)
        {
            signal.Notify();
        }

        return queued;
    }

    private async Task<bool> QueueAsync(int werksessieId, int invitationId, string userId, DateTime now, CancellationToken cancellationToken)
    {
        var werksessie = await db.Werksessies.AsNoTracking().Include(w => w.Invitations).SingleAsync(w => w.Id == werksessieId, cancellationToken);
        var data = await WerksessieMails.LoadAsync(db, werksessie, cancellationToken);
        var person = await db.People.SingleAsync(p => p.Id == userId, cancellationToken);
        // Per invitation and version: a werksessie moved after its reminder is reminded again at its new time.
        var messageId = $"werksessie-reminder.{invitationId}.{werksessie.Sequence}@{transport.MessageIdDomain}";
        var mail = WerksessieMails.Compose(WerksessieMailKind.Reminder, person, data, links, calendar, now) with { MessageId = messageId };
        return await db.InTransactionAsync(
            async token =>
            {
                // Only if no one reminded first, and the werksessie is still as it was read (not cancelled or moved since).
                var marked = await db.WerksessieInvitations
                    .Where(i => i.Id == invitationId && i.ReminderMessageId == null
                        && db.Werksessies.Any(w => w.Id == werksessieId && w.State == WerksessieState.Planned && w.Sequence == werksessie.Sequence))
                    .ExecuteUpdateAsync(set => set.SetProperty(i => i.ReminderMessageId, messageId), token);
                if (marked == 0)
                {
                    // Another node reminded this person first.
                    return false;
                }

                db.OutboxMessages.Add(MailOutbox.ToMessage(mail, transport.MessageIdDomain, null, now));
                await db.SaveChangesAsync(token);
                return true;
            },
            async token => (await db.OutboxMessages.AnyAsync(m => m.MessageId == messageId, token), true),
            cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The reminder for werksessie invitation {InvitationId} could not be queued; it is tried again at the next round.")]
    private partial void LogReminderFailed(Exception exception, int invitationId);
}
