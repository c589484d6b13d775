using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>
/// A loopback SMTP front for the real test server (netDumbster), which cannot answer with errors: the next
/// connections it is told to fail get the scripted reply to MAIL FROM (421, 451, 550 …); every other connection is
/// passed through to the real server untouched.
/// </summary>
public sealed class FaultySmtpProxy : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly ConcurrentQueue<int> _faults = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly int _target;
    private int _connections;

    public FaultySmtpProxy(int targetPort)
    {
        _target = targetPort;
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _ = AcceptAsync();
    }

    public int Port { get; }

    /// <summary>How many SMTP sessions the portal opened: its delivery attempts.</summary>
    public int Connections => Volatile.Read(ref _connections);

    public PortalFactory Configure(PortalFactory factory) => factory
        .WithSetting("Smtp:Host", "127.0.0.1")
        .WithSetting("Smtp:Port", Port.ToString(System.Globalization.CultureInfo.InvariantCulture))
        .WithSetting("Smtp:Security", "None");

    /// <summary>The next <paramref name="times"/> sessions are refused with <paramref name="code"/>.</summary>
    public void Fail(int code, int times = 1)
    {
        for (var i = 0; i < times; i++)
        {
            _faults.Enqueue(code);
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
        _stop.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (Exception exception) when (exception is OperationCanceledException or ObjectDisposedException or SocketException)
            {
                return;
            }

            Interlocked.Increment(ref _connections);
            _ = _faults.TryDequeue(out var code) ? RefuseAsync(client, code) : PassAsync(client);
        }
    }

    private static async Task RefuseAsync(TcpClient client, int code)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 faulty.test ESMTP");
            while (await reader.ReadLineAsync() is { } line)
            {
                var command = line.Split(' ', 2)[0].ToUpperInvariant();
                switch (command)
                {
                    case "EHLO" or "HELO":
                        await writer.WriteLineAsync("250 faulty.test");
                        break;
                    case "MAIL":
                        await writer.WriteLineAsync(code >= 500 ? $"{code} 5.1.1 Mailbox unavailable" : $"{code} 4.3.2 Try again later");
                        if (code == 421)
                        {
                            return;
                        }

                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    private async Task PassAsync(TcpClient client)
    {
        using (client)
        using (var server = new TcpClient())
        {
            await server.ConnectAsync(IPAddress.Loopback, _target);
            var up = client.GetStream().CopyToAsync(server.GetStream());
            var down = server.GetStream().CopyToAsync(client.GetStream());
            await Task.WhenAny(up, down);
        }
    }
}
