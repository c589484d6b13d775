using LearningNetwork.Application.Common.Interfaces;
using Microsoft.Extensions.Options;
using MimeKit;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>
/// Turns a composed mail into MIME: multipart/alternative, text first. MimeKit encodes names and subjects,
/// so a line break in a user's name cannot add a header.
/// </summary>
internal sealed class MimeMessageFactory(IOptions<MailOptions> options, TimeProvider clock)
{
    public MimeMessage Create(OutgoingMail mail)
    {
        var message = new MimeMessage
        {
            Subject = SingleLine(mail.Subject),
            Date = clock.GetUtcNow(),
        };
        message.From.Add(new MailboxAddress(SingleLine(options.Value.FromName), options.Value.FromAddress));
        message.To.Add(new MailboxAddress(SingleLine(mail.ToName), mail.ToAddress));
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();
        message.MessageId = mail.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId(MessageIdDomain);
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: mail clients offer an unsubscribe button that POSTs to this address.
            message.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return message;
    }

    /// <summary>The domain of the sender's address, for Message-IDs.</summary>
    public string MessageIdDomain
    {
        get
        {
            var from = options.Value.FromAddress;
            var at = from.LastIndexOf('@');
            return at >= 0 && at < from.Length - 1 ? from[(at + 1)..] : "localhost";
        }
    }

    private static string SingleLine(string value) =>
        string.Concat(value.Select(c => char.IsControl(c) ? ' ' : c));
}
