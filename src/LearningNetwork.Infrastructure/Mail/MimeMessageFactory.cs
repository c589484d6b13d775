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
        message.Body = Body(mail);
        message.MessageId = mail.MessageId ?? MimeKit.Utils.MimeUtils.GenerateMessageId(MessageIdDomain);
        if (mail.UnsubscribeUrl is { } unsubscribe)
        {
            // RFC 2369 and RFC 8058: mail clients offer an unsubscribe button that POSTs to this address.
            message.Headers.Add(HeaderId.ListUnsubscribe, $"<{unsubscribe}>");
            message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        return message;
    }

    /// <summary>
    /// Text and HTML as alternatives; an attachment after them. A calendar file is also the last alternative (with its
    /// METHOD), the form Outlook and other clients read as an invitation, update or cancellation to act on.
    /// </summary>
    private static MimeEntity Body(OutgoingMail mail)
    {
        var builder = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody };
        if (mail.Attachment is not { } attachment)
        {
            return builder.ToMessageBody();
        }

        var contentType = ContentType.Parse(attachment.ContentType);
        var alternatives = (Multipart)builder.ToMessageBody();
        if (contentType.IsMimeType("text", "calendar"))
        {
            var calendar = new TextPart("calendar");
            CopyParameters(contentType, calendar);
            calendar.SetText(System.Text.Encoding.UTF8, attachment.Content);
            alternatives.Add(calendar);
        }

        var file = new MimePart(contentType.MediaType, contentType.MediaSubtype)
        {
            Content = new MimeContent(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(attachment.Content))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment),
            ContentTransferEncoding = ContentEncoding.Base64,
            FileName = attachment.FileName,
        };
        CopyParameters(contentType, file);
        return new Multipart("mixed") { alternatives, file };
    }

    private static void CopyParameters(ContentType from, MimeEntity to)
    {
        foreach (var parameter in from.Parameters.Where(p => !to.ContentType.Parameters.Contains(p.Name)))
        {
            to.ContentType.Parameters.Add(parameter.Name, parameter.Value);
        }
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
