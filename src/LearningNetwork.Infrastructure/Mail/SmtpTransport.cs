using LearningNetwork.Application.Common.Interfaces;
using MailKit.Net.Smtp;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>
/// Delivers mail to the configured SMTP server with MailKit. A 5xx answer is permanent; a 4xx answer, a timeout or
/// a connection that fails is worth another try.
/// </summary>
internal sealed partial class SmtpTransport(MimeMessageFactory factory, IOptions<SmtpOptions> options, ILogger<SmtpTransport> logger) : IMailTransport
{
    public string MessageIdDomain => factory.MessageIdDomain;

    public async Task DeliverAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var smtp = options.Value;
        var host = smtp.Host ?? throw new InvalidOperationException("Smtp:Host is not set.");
        var message = factory.Create(mail);
        using var client = new SmtpClient { Timeout = smtp.TimeoutSeconds * 1000 };
        try
        {
            await client.ConnectAsync(host, smtp.Port, smtp.Security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? string.Empty, cancellationToken);
            }

            await client.SendAsync(message, cancellationToken);
            await client.DisconnectAsync(quit: true, cancellationToken);
        }
        catch (SmtpCommandException exception)
        {
            var code = (int)exception.StatusCode;
            throw new MailDeliveryException($"SMTP {code}: {exception.Message}", permanent: code >= 500, exception);
        }
        catch (Exception exception) when (exception is SmtpProtocolException or MailKit.ServiceNotConnectedException or IOException or System.Net.Sockets.SocketException or TimeoutException)
        {
            throw new MailDeliveryException($"SMTP unreachable: {exception.Message}", permanent: false, exception);
        }

        LogSent(message.MessageId ?? string.Empty, host);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Mail {MessageId} delivered to SMTP server {Host}")]
    private partial void LogSent(string messageId, string host);
}
