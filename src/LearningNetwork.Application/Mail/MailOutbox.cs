using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Application.Mail;

/// <summary>The <c>Delivery</c> configuration section: how the background sender retries.</summary>
public sealed class DeliveryOptions
{
    public const string SectionName = "Delivery";

    /// <summary>False on a node that should not send (or in a test that drives sending itself).</summary>
    public bool RunInBackground { get; set; } = true;

    /// <summary>How often the background sender looks for due mail and digests when nothing wakes it.</summary>
    public int PollSeconds { get; set; } = 30;

    /// <summary>Attempts before a transiently failing mail is Failed.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each next one twice as long, with ±20 % jitter.</summary>
    public int FirstRetrySeconds { get; set; } = 60;

    /// <summary>No retry waits longer than this.</summary>
    public int MaxRetrySeconds { get; set; } = 6 * 60 * 60;

    /// <summary>How long a claim holds; a message still Sending after this was interrupted and is claimed again.</summary>
    public int ClaimSeconds { get; set; } = 900;

    /// <summary>Claimed at once; small enough that a batch of slow SMTP answers (30 s each) ends inside the claim.</summary>
    public int BatchSize { get; set; } = 20;
}

/// <summary>Use cases "send" mail by storing it; the background sender delivers it.</summary>
/// <remarks>A save that stored mail wakes the background sender (Infrastructure's <c>OutboxWakeUp</c>).</remarks>
public sealed class OutboxMailSender(IAppDbContext db, IMailTransport transport, TimeProvider clock) : IMailSender
{
    public string Enqueue(OutgoingMail mail)
    {
        var message = MailOutbox.ToMessage(mail, transport.MessageIdDomain, null, clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(message);
        return message.MessageId;
    }

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        Enqueue(mail);
        await db.SaveChangesAsync(cancellationToken);
    }
}

/// <summary>
/// Delivers due mail from the outbox: claims a batch with a conditional update (so two senders never take the same
/// message), hands each to the transport, and records the outcome. A message left Sending by a crash is claimed
/// again after its claim expires and sent once more with the same Message-ID (at least once; receivers drop the
/// repeat): the one window no system closes, between the server accepting a message and the row saying so.
/// </summary>
public sealed partial class MailOutbox(IAppDbContext db, IMailTransport transport, IOptions<DeliveryOptions> options, TimeProvider clock, ILogger<MailOutbox> logger)
{
    public static OutboxMessage ToMessage(OutgoingMail mail, string domain, int? digestDeliveryId, DateTime nowUtc)
    {
        var message = new OutboxMessage(mail.MessageId ?? $"{Guid.NewGuid():N}@{domain}", mail.ToAddress, mail.ToName, mail.Subject, mail.TextBody, mail.HtmlBody, mail.UnsubscribeUrl, digestDeliveryId, nowUtc);
        if (mail.Attachment is { } attachment)
        {
            message.Attach(attachment.FileName, attachment.ContentType, attachment.Content);
        }

        return message;
    }

    /// <summary>Sends everything that is due, batch after batch. Returns how many messages went out.</summary>
    public async Task<int> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var batch = await ClaimAsync(cancellationToken);
            if (batch.Count == 0)
            {
                return sent;
            }

            foreach (var message in batch)
            {
                sent += await DeliverAsync(message, cancellationToken) ? 1 : 0;
            }
        }
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();
        var until = now.AddSeconds(options.Value.ClaimSeconds);
        var due = db.OutboxMessages
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntilUtc < now))
            .OrderBy(m => m.NextAttemptAtUtc).ThenBy(m => m.Id)
            .Select(m => m.Id)
            .Take(options.Value.BatchSize);

        // The condition is repeated in the update itself: a message another sender claimed meanwhile is not taken.
        await db.OutboxMessages
            .Where(m => due.Contains(m.Id))
            .Where(m => (m.Status == OutboxStatus.Pending && m.NextAttemptAtUtc <= now) || (m.Status == OutboxStatus.Sending && m.ClaimedUntilUtc < now))
            .ExecuteUpdateAsync(
                set => set.SetProperty(m => m.Status, OutboxStatus.Sending).SetProperty(m => m.ClaimToken, token).SetProperty(m => m.ClaimedUntilUtc, until),
                cancellationToken);
        db.ClearChangeTracker();
        return await db.OutboxMessages.Where(m => m.ClaimToken == token).OrderBy(m => m.Id).ToListAsync(cancellationToken);
    }

    private async Task<bool> DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var mail = new OutgoingMail(message.ToAddress, message.ToName, message.Subject, message.TextBody, message.HtmlBody)
        {
            MessageId = message.MessageId,
            UnsubscribeUrl = message.UnsubscribeUrl,
            Attachment = message.AttachmentFileName is { } fileName ? new MailAttachment(fileName, message.AttachmentContentType!, message.AttachmentContent ?? string.Empty) : null,
        };
        var digest = message.DigestDeliveryId is { } digestId
            ? await db.DigestDeliveries.SingleOrDefaultAsync(d => d.Id == digestId, cancellationToken)
            : null;
        if (await db.People.AnyAsync(p => p.Email == message.ToAddress && p.Blocked, cancellationToken))
        {
            // Blocked after the mail was stored: a blocked account gets no mail of any kind, so it is dropped unsent.
            db.OutboxMessages.Remove(message);
            digest?.Skip();
            LogWithheld(message.Id);
            await SaveOutcomeAsync(cancellationToken);
            return false;
        }

        var delivered = false;
        try
        {
            await transport.DeliverAsync(mail, cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            message.MarkSent(now);
            digest?.MarkSent(now);
            delivered = true;
        }
        catch (MailDeliveryException exception) when (exception.Permanent)
        {
            message.FailPermanently(exception.Message);
            digest?.MarkFailed(exception.Message);
            LogFailed(message.Id, exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Anything else (a 4xx, a timeout, a refused connection, a full disk) may pass: try again later.
            message.RetryLater(exception.Message, NextAttempt(message.Attempts + 1), options.Value.MaxAttempts);
            if (message.Status == OutboxStatus.Failed)
            {
                digest?.MarkFailed(exception.Message);
                LogFailed(message.Id, exception.Message);
            }
            else
            {
                LogRetry(message.Id, message.Attempts, message.NextAttemptAtUtc, exception.Message);
            }
        }

        if (!await SaveOutcomeAsync(cancellationToken))
        {
            return delivered;
        }

        if (delivered)
        {
            // Delivered mail is not kept: the outbox is a queue, not an archive (and holds names and addresses).
            await db.OutboxMessages.Where(m => m.Id == message.Id && m.Status == OutboxStatus.Sent).ExecuteDeleteAsync(cancellationToken);
        }

        return delivered;
    }

    /// <summary>False when our claim expired and another sender took the message over: it decides what happens now.</summary>
    private async Task<bool> SaveOutcomeAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ClearChangeTracker();
            return false;
        }
    }

    /// <summary>Exponential backoff with ±20 % jitter, capped.</summary>
    private DateTime NextAttempt(int attempt)
    {
        var settings = options.Value;
        var seconds = Math.Min(settings.MaxRetrySeconds, settings.FirstRetrySeconds * Math.Pow(2, attempt - 1));
        var jitter = 0.8 + (Random.Shared.NextDouble() * 0.4);
        return clock.GetUtcNow().UtcDateTime.AddSeconds(seconds * jitter);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mail {OutboxId} attempt {Attempt} failed, next try at {NextAttempt:u}: {Error}")]
    private partial void LogRetry(int outboxId, int attempt, DateTime nextAttempt, string error);

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {OutboxId} withheld: its addressee's account is blocked")]
    private partial void LogWithheld(int outboxId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Mail {OutboxId} failed for good and waits for an admin: {Error}")]
    private partial void LogFailed(int outboxId, string error);
}
