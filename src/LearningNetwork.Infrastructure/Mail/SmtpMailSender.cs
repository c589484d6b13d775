using LearningNetwork.Application.Common.Interfaces;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>Delivers mail to the configured SMTP server with MailKit.</summary>
internal sealed partial class SmtpMailSender(MimeMessageFactory factory, IOptions<SmtpOptions> options, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var host = smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not set.");
        var message = factory.Create(mail);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        await client.ConnectAsync(host, smtp.Port, smtp.Security, cancellationToken);
        if (!string.IsNullOrEmpty(smtp.UserName))
        {
            await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
        LogSent(message.MessageId ?? string.Empty, host);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} delivered to SMTP server {Host}")]
    private partial void LogSent(string messageId, string host);
}
