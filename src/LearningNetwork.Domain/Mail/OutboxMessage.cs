namespace LearningNetwork.Domain.Mail;

public enum OutboxStatus
{
    Pending = 1,
    Sending = 2,
    Sent = 3,
    Failed = 4,
}

/// <summary>
/// An e-mail waiting to go out, stored before it is sent so that nothing is lost: a background sender claims it,
/// hands it to the mail server, and retries transient failures with backoff until it is Sent or Failed.
/// </summary>
public sealed class OutboxMessage
{
    public const int AddressMaxLength = 256;
    public const int NameMaxLength = 200;
    public const int SubjectMaxLength = 300;
    public const int MessageIdMaxLength = 250;
    public const int ErrorMaxLength = 1000;

    public OutboxMessage(string messageId, string toAddress, string toName, string subject, string textBody, string htmlBody, string? unsubscribeUrl, int? digestDeliveryId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        ArgumentException.ThrowIfNullOrWhiteSpace(toAddress);
        MessageId = messageId;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        UnsubscribeUrl = unsubscribeUrl;
        DigestDeliveryId = digestDeliveryId;
        Status = OutboxStatus.Pending;
        CreatedAtUtc = nowUtc;
        NextAttemptAtUtc = nowUtc;
    }

    private OutboxMessage()
    {
        MessageId = null!;
        ToAddress = null!;
        ToName = null!;
        Subject = null!;
        TextBody = null!;
        HtmlBody = null!;
    }

    public int Id { get; private set; }

    /// <summary>The Message-ID header, without angle brackets; the same on every attempt, so receivers can drop a repeat.</summary>
    public string MessageId { get; private set; }

    public string ToAddress { get; private set; }

    public string ToName { get; private set; }

    public string Subject { get; private set; }

    public string TextBody { get; private set; }

    public string HtmlBody { get; private set; }

    /// <summary>For List-Unsubscribe and List-Unsubscribe-Post (RFC 8058); digests only.</summary>
    public string? UnsubscribeUrl { get; private set; }

    public int? DigestDeliveryId { get; private set; }

    /// <summary>A file that goes with the mail, such as a werksessie's invitation (text/calendar); null for most mail.</summary>
    public string? AttachmentFileName { get; private set; }

    public string? AttachmentContentType { get; private set; }

    public string? AttachmentContent { get; private set; }

    public OutboxStatus Status { get; private set; }

    public int Attempts { get; private set; }

    public DateTime NextAttemptAtUtc { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    /// <summary>Which claim holds the message; a sender acts only on messages carrying its own token.</summary>
    public Guid? ClaimToken { get; private set; }

    public string? LastError { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public void Attach(string fileName, string contentType, string content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        AttachmentFileName = fileName;
        AttachmentContentType = contentType;
        AttachmentContent = content;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Attempts++;
        Status = OutboxStatus.Sent;
        SentAtUtc = nowUtc;
        ClaimToken = null;
        ClaimedUntilUtc = null;
        LastError = null;
    }

    /// <summary>A transient failure: try again at <paramref name="nextAttemptAtUtc"/>, or give up when attempts are used up.</summary>
    public void RetryLater(string error, DateTime nextAttemptAtUtc, int maxAttempts)
    {
        Attempts++;
        if (Attempts >= maxAttempts)
        {
            SetFailed(error);
            return;
        }

        Status = OutboxStatus.Pending;
        NextAttemptAtUtc = nextAttemptAtUtc;
        LastError = Trim(error);
        ClaimToken = null;
        ClaimedUntilUtc = null;
    }

    /// <summary>The mail server refused for good (5xx): kept, shown to admins, not tried again by itself.</summary>
    public void FailPermanently(string error)
    {
        Attempts++;
        SetFailed(error);
    }

    /// <summary>An admin's retry of a failed message: pending again, now, with fresh attempts.</summary>
    public void Retry(DateTime nowUtc)
    {
        Status = OutboxStatus.Pending;
        Attempts = 0;
        NextAttemptAtUtc = nowUtc;
    }

    private void SetFailed(string error)
    {
        Status = OutboxStatus.Failed;
        LastError = Trim(error);
        ClaimToken = null;
        ClaimedUntilUtc = null;
    }

    private static string Trim(string error) => error.Length <= ErrorMaxLength ? error : error[..ErrorMaxLength];
}
