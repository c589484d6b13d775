using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Mail;
using LearningNetwork.Domain.Digests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Application.Digests;

/// <summary>
/// Composes due digests: claims a batch of deliveries with a conditional update, composes each from what the person
/// may read now, and either skips it (nothing new) or puts one message in the mail outbox, with the deterministic
/// Message-ID <c>digest.{user}.{yyyy}W{ww}@{host}</c>, in the same save that marks the delivery Queued. A sender
/// that crashed while composing left nothing behind; its claim expires and another sender composes it again.
/// </summary>
public sealed partial class DigestSender(
    IAppDbContext db,
    DigestComposer composer,
    IMailTransport transport,
    IPortalLinks links,
    IUnsubscribeTokens tokens,
    IDeliverySignal signal,
    IOptions<DeliveryOptions> delivery,
    IOptions<DigestOptions> options,
    TimeProvider clock,
    ILogger<DigestSender> logger)
{
    /// <summary>Composes everything that is due, each digest on its own; one that fails does not hold up the rest.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var queued = 0;
        while (true)
        {
            var (token, batch) = await ClaimAsync(cancellationToken);
            if (batch.Count == 0)
            {
                break;
            }

            foreach (var id in batch)
            {
                db.ClearChangeTracker();
                try
                {
                    queued += await ComposeAsync(id, token, cancellationToken) ? 1 : 0;
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    db.ClearChangeTracker();
                    await ReleaseAsync(id, token, exception, cancellationToken);
                }
            }
        }

        db.ClearChangeTracker();
        if (queued > 0)
        {
            signal.Notify();
        }

        return queued;
    }

    /// <summary>The digest the person would get if it were composed now, for the preview; the window ends now.</summary>
    public async Task<DigestContent> PreviewAsync(string userId, CancellationToken cancellationToken) =>
        (await ComposeNowAsync(userId, asTest: false, cancellationToken)).Content;

    /// <summary>
    /// The preview as a mail marked as a test, for the person to see the real thing before the week's send moment. It
    /// belongs to no <see cref="DigestDelivery"/> and has a Message-ID of its own, so the week's digest still goes out.
    /// </summary>
    public async Task<OutgoingMail> TestMailAsync(string userId, CancellationToken cancellationToken)
    {
        var (person, content, unsubscribe) = await ComposeNowAsync(userId, asTest: true, cancellationToken);
        return new OutgoingMail(person.Email, person.DisplayName, content.Subject, content.Text, content.Html) { UnsubscribeUrl = unsubscribe };
    }

    public static string MessageIdFor(string userId, DigestDelivery row, string domain) => $"digest.{userId}.{row.WeekLabel}@{domain}";

    private async Task<(Person Person, DigestContent Content, string Unsubscribe)> ComposeNowAsync(string userId, bool asTest, CancellationToken cancellationToken)
    {
        var person = await db.People.SingleAsync(p => p.Id == userId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var viewer = await ViewerProvider.ForUserAsync(db, userId, cancellationToken);
        var unsubscribe = links.Unsubscribe(tokens.Create(userId));
        var content = await composer.ComposeAsync(viewer, person, await WindowStartAsync(userId, now, cancellationToken), now, unsubscribe, asTest, cancellationToken);
        return (person, content, unsubscribe);
    }

    private async Task<(Guid Token, List<int> Ids)> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var until = now.AddSeconds(delivery.Value.ClaimSeconds);
        var due = db.DigestDeliveries
            .Where(d => (d.Status == DigestStatus.Pending && d.DueAtUtc <= now) || (d.Status == DigestStatus.Sending && d.ClaimedUntilUtc < now))
            .OrderBy(d => d.DueAtUtc).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(delivery.Value.BatchSize);
        await db.DigestDeliveries
            .Where(d => due.Contains(d.Id))
            .Where(d => (d.Status == DigestStatus.Pending && d.DueAtUtc <= now) || (d.Status == DigestStatus.Sending && d.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(d => d.Status, DigestStatus.Sending).SetProperty(d => d.ClaimToken, token).SetProperty(d => d.ClaimedUntilUtc, until),
                cancellationToken);
        return (token, await db.DigestDeliveries.Where(d => d.ClaimToken == token).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(cancellationToken));
    }

    /// <summary>Composes one claimed delivery; the save holds only while this sender's claim does (the claim token is a concurrency token).</summary>
    private async Task<bool> ComposeAsync(int id, Guid token, CancellationToken cancellationToken)
    {
        var row = await db.DigestDeliveries.SingleOrDefaultAsync(d => d.Id == id && d.ClaimToken == token, cancellationToken);
        if (row is null)
        {
            return false;
        }

        var person = await db.People.SingleOrDefaultAsync(p => p.Id == row.UserId, cancellationToken);
        // Switched off or blocked since the week was planned: nothing goes out.
        if (person is null || !person.WeeklyDigest || person.Blocked)
        {
            row.Skip();
            await db.SaveChangesAsync(cancellationToken);
            return false;
        }

        var viewer = await ViewerProvider.ForUserAsync(db, person.Id, cancellationToken);
        var from = await WindowStartAsync(person.Id, row.DueAtUtc, cancellationToken);
        var unsubscribe = links.Unsubscribe(tokens.Create(person.Id));
        var content = await composer.ComposeAsync(viewer, person, from, row.DueAtUtc, unsubscribe, asTest: false, cancellationToken);
        if (content.Items == 0)
        {
            row.Skip();
            await db.SaveChangesAsync(cancellationToken);
            LogSkipped(row.WeekLabel);
            return false;
        }

        var messageId = MessageIdFor(person.Id, row, transport.MessageIdDomain);
        var mail = new OutgoingMail(person.Email, person.DisplayName, content.Subject, content.Text, content.Html) { MessageId = messageId, UnsubscribeUrl = unsubscribe };
        db.OutboxMessages.Add(MailOutbox.ToMessage(mail, transport.MessageIdDomain, row.Id, clock.GetUtcNow().UtcDateTime));
        row.Queue(messageId, content.Items);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sender claimed this row after our claim expired: it is theirs now, and nothing of ours was saved.
            db.ClearChangeTracker();
            return false;
        }
        catch (DbUpdateException)
        {
            db.ClearChangeTracker();
            if (!await db.OutboxMessages.AnyAsync(m => m.MessageId == messageId, cancellationToken))
            {
                throw;
            }

            // This digest is already in the outbox: record that, nothing more.
            await db.DigestDeliveries.Where(d => d.Id == id && d.ClaimToken == token)
                .ExecuteUpdateAsync(set => set.SetProperty(d => d.Status, DigestStatus.Queued).SetProperty(d => d.MessageId, messageId).SetProperty(d => d.ClaimToken, (Guid?)null), cancellationToken);
            return false;
        }
    }

    /// <summary>Composing failed: the claim is released so a later round tries again, up to the attempt limit.</summary>
    private async Task ReleaseAsync(int id, Guid token, Exception exception, CancellationToken cancellationToken)
    {
        LogComposeFailed(exception, id);
        var row = await db.DigestDeliveries.SingleOrDefaultAsync(d => d.Id == id && d.ClaimToken == token, cancellationToken);
        if (row is not null)
        {
            row.ComposeFailed(exception.Message);
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Where a digest's content starts: the previous digest's moment (sent, queued or skipped; a failed one's content
    /// comes again), or a week back, and never
    /// more than <see cref="DigestOptions.MaxLookBackDays"/>: weeks missed during downtime are covered, nothing twice.
    /// </summary>
    private async Task<DateTime> WindowStartAsync(string userId, DateTime dueAtUtc, CancellationToken cancellationToken)
    {
        var previous = await db.DigestDeliveries
            .Where(d => d.UserId == userId && d.DueAtUtc < dueAtUtc && (d.Status == DigestStatus.Sent || d.Status == DigestStatus.Queued || d.Status == DigestStatus.Skipped))
            .MaxAsync(d => (DateTime?)d.DueAtUtc, cancellationToken);
        var earliest = dueAtUtc.AddDays(-options.Value.MaxLookBackDays);
        var start = previous ?? dueAtUtc.AddDays(-7);
        return start < earliest ? earliest : start;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Composing digest delivery {DeliveryId} failed; it is tried again later")]
    private partial void LogComposeFailed(Exception exception, int deliveryId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest for week {Week} skipped: nothing new in what the person follows")]
    private partial void LogSkipped(string week);
}
