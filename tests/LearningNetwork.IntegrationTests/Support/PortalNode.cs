using System.Net;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>
/// The built portal as its own process on Kestrel, over HTTPS at a loopback port it chose itself with a throw-away
/// certificate (so the production cookie rules hold), the way an operator runs a node. Ended on dispose.
/// </summary>
public sealed class PortalNode : IAsyncDisposable
{
    private readonly ChildPortal _process;

    private PortalNode(ChildPortal process)
    {
        _process = process;
        Address = process.Address("https");
    }

    public Uri Address { get; }

    public string Output => _process.Output;

    /// <summary>Starts a node on the data folder with the given settings and waits until <c>/health</c> answers 200.</summary>
    public static async Task<PortalNode> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(settings)
        {
            ["Kestrel__Certificates__Default__Path"] = await TestCertificate.WriteAsync(dataFolder),
            ["Kestrel__Certificates__Default__Password"] = string.Empty,
            ["Database__DataFolder"] = dataFolder,
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
        };
        var node = new PortalNode(await ChildPortal.StartAsync(PortalProcess.StartInfo(environment), ["https://127.0.0.1:0"], TimeSpan.FromSeconds(90)));
        try
        {
            using var client = node.CreateClient(new CookieContainer());
            await node._process.WaitUntilHealthyAsync(client, TimeSpan.FromSeconds(90));
            return node;
        }
        catch
        {
            await node.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client for this node; clients sharing a cookie container share cookies across nodes, as one browser would behind a load balancer.</summary>
    public HttpClient CreateClient(CookieContainer cookies) => new(new SocketsHttpHandler
    {
        CookieContainer = cookies,
        AllowAutoRedirect = false,
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    })
    {
        BaseAddress = Address,
    };

    public ValueTask DisposeAsync() => _process.DisposeAsync();
}
