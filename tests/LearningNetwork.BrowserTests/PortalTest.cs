using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>A browser test class against one portal: the portal's warnings and errors go to each test's output.</summary>
public abstract class PortalTest<TServer> : IClassFixture<TServer>, IDisposable
    where TServer : PortalServer
{
    private readonly IDisposable _log;

    protected PortalTest(TServer server, ITestOutputHelper output)
    {
        Server = server;
        _log = server.Log.WriteTo(output);
    }

    protected TServer Server { get; }

    public void Dispose()
    {
        _log.Dispose();
        GC.SuppressFinalize(this);
    }
}
