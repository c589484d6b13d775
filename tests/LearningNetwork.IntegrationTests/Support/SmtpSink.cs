using System.Text;
using MimeKit;
using netDumbster.smtp;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>A real SMTP server on a loopback port of its own (netDumbster, <see cref="LoopbackSmtp"/>); messages are read back with MimeKit.</summary>
public sealed class SmtpSink : IDisposable
{
    private readonly SimpleSmtpServer _server;

    public SmtpSink() => (_server, Port) = LoopbackSmtp.Start();

    public int Port { get; }

    /// <summary>The settings that point the portal at this server.</summary>
    public PortalFactory Configure(PortalFactory factory) => factory
        .WithSetting("Smtp:Host", "127.0.0.1")
        .WithSetting("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("Smtp:Security", "None");

    /// <summary>The messages to an address, in no particular order.</summary>
    public IReadOnlyList<MimeMessage> MessagesTo(string address) =>
        _server.ReceivedEmail
            .Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))))
            .Where(m => m.To.Mailboxes.Any(x => string.Equals(x.Address, address, StringComparison.OrdinalIgnoreCase)))
            .ToList();

    /// <summary>
    /// The messages to an address once there are at least <paramref name="count"/>: the server stores a message a
    /// moment after it has accepted it, so a test waits briefly (at most five seconds unless told) instead of racing it.
    /// </summary>
    public async Task<IReadOnlyList<MimeMessage>> WaitForAsync(string address, int count, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(5));
        var messages = MessagesTo(address);
        while (messages.Count < count && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
            messages = MessagesTo(address);
        }

        return messages;
    }

    /// <summary>The envelope recipients (RCPT TO) of every message received.</summary>
    public IReadOnlyList<string> Recipients() =>
        _server.ReceivedEmail.SelectMany(m => m.ToAddresses.Select(a => a.Address)).ToList();

    /// <summary>The Message-ID of every message received, to whomever.</summary>
    public IReadOnlyList<string> MessageIds() =>
        _server.ReceivedEmail.Select(m => MimeMessage.Load(new MemoryStream(Encoding.UTF8.GetBytes(m.Data))).MessageId ?? string.Empty).ToList();

    public void Dispose() => _server.Dispose();
}
