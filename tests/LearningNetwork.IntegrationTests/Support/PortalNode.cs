using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>
/// The built portal as its own process on Kestrel, over HTTPS at a free loopback port with a throw-away
/// certificate (so the production cookie rules hold), the way an operator runs a node. Ended on dispose.
/// </summary>
public sealed class PortalNode : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private PortalNode(Process process, Uri address)
    {
        _process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public Uri Address { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    /// <summary>Starts a node on the data folder with the given settings and waits until <c>/health</c> answers 200.</summary>
    public static async Task<PortalNode> StartAsync(string dataFolder, IReadOnlyDictionary<string, string> settings)
    {
        var port = FreePort();
        var certificate = Path.Combine(dataFolder, $"node-{port}.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSignedCertificate());
        var environment = new Dictionary<string, string>(settings)
        {
            ["ASPNETCORE_URLS"] = $"https://127.0.0.1:{port}",
            ["Kestrel__Certificates__Default__Path"] = certificate,
            ["Kestrel__Certificates__Default__Password"] = string.Empty,
            ["Database__DataFolder"] = dataFolder,
            ["DOTNET_USE_POLLING_FILE_WATCHER"] = "true",
            ["DOTNET_hostBuilder__reloadConfigOnChange"] = "false",
        };
        var node = new PortalNode(PortalProcess.Start(environment), new Uri($"https://127.0.0.1:{port}"));
        using var client = node.CreateClient(new CookieContainer());
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (node._process.HasExited)
            {
                throw new InvalidOperationException($"The portal node ended with {node._process.ExitCode}: {node.Output}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return node;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Not listening yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                await node.DisposeAsync();
                throw new TimeoutException("The portal node did not answer /health within 90 seconds: " + node.Output);
            }

            await Task.Delay(200);
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

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is not null)
        {
            lock (_output)
            {
                _output.AppendLine(line);
            }
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private static byte[] SelfSignedCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pfx, string.Empty);
    }
}
