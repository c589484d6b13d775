using System.Net;
using System.Net.Sockets;
using System.Reflection;
using netDumbster.smtp;

namespace LearningNetwork.TestKit;

/// <summary>
/// A real SMTP server (netDumbster) on a loopback port the operating system chose when it bound it: no port is
/// probed and released first, so no other test can take it in between.
/// </summary>
public static class LoopbackSmtp
{
    public static (SimpleSmtpServer Server, int Port) Start()
    {
        var server = SimpleSmtpServer.Start(0);

        // netDumbster keeps the port it was asked for (0); the bound port is on its listener.
        var listener = typeof(SimpleSmtpServer).GetField("tcpListener", BindingFlags.Instance | BindingFlags.NonPublic)?.GetValue(server) as TcpListener;
        if (listener?.LocalEndpoint is not IPEndPoint bound)
        {
            server.Dispose();
            throw new InvalidOperationException("This version of netDumbster does not show the port it bound; LoopbackSmtp needs updating.");
        }

        return (server, bound.Port);
    }
}
