namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>
/// An e-mail as the portal composes it: always plain text, and HTML beside it. A digest also carries its own
/// Message-ID and an unsubscribe address for the List-Unsubscribe headers.
/// </summary>
public sealed record OutgoingMail(string ToAddress, string ToName, string Subject, string TextBody, string HtmlBody)
{
    /// <summary>The Message-ID without angle brackets; one is made up when null.</summary>
    public string? MessageId { get; init; }

    public string? UnsubscribeUrl { get; init; }

    /// <summary>A file that goes with the mail: a werksessie's iCalendar invitation, update or cancellation.</summary>
    public MailAttachment? Attachment { get; init; }
}

/// <summary>A text file attached to a mail; a <c>text/calendar</c> one is also offered as the mail's calendar part.</summary>
public sealed record MailAttachment(string FileName, string ContentType, string Content);

/// <summary>What the use cases send mail with: the mail is stored in the outbox, then delivered in the background.</summary>
public interface IMailSender
{
    /// <summary>
    /// Puts the mail in the outbox within the caller's unit of work: the caller's next save stores it together with
    /// the change it tells about, or neither. Returns the mail's Message-ID.
    /// </summary>
    string Enqueue(OutgoingMail mail);

    /// <summary>Stores the mail in the outbox on its own, for mail that goes with no change of the caller's.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>
/// The one way out for e-mail: a pickup folder by default, SMTP when configured. Throws
/// <see cref="MailDeliveryException"/> when the mail did not go out.
/// </summary>
public interface IMailTransport
{
    /// <summary>The host part of generated Message-IDs (the sender's domain).</summary>
    string MessageIdDomain { get; }

    Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken);
}

/// <summary>Wakes the background sender: something was queued.</summary>
public interface IDeliverySignal
{
    void Notify();
}

/// <summary>A mail that did not go out: permanent (5xx, the address is refused) or worth another try later.</summary>
public sealed class MailDeliveryException : Exception
{
    public MailDeliveryException()
    {
    }

    public MailDeliveryException(string message)
        : base(message)
    {
    }

    public MailDeliveryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public MailDeliveryException(string message, bool permanent, Exception? innerException)
        : base(message, innerException) => Permanent = permanent;

    public bool Permanent { get; }
}
