using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LearningNetwork.Bench;

/// <summary>
/// The portal, built in Release, as its own process on a data folder: HTTP for wrk, HTTPS for the signed-in
/// writers (the sign-in cookie is Secure), with the benchmark's baseline endpoint (<see cref="BenchServe"/>), and its log in a file.
/// </summary>
internal sealed class BenchPortal : IAsyncDisposable
{
    private readonly Process _process;

    private BenchPortal(Process process, Uri http, Uri https, string logFile)
    {
        _process = process;
        LogFile = logFile;
        Http = http;
        Https = https;
    }

    public Uri Http { get; }

    public Uri Https { get; }

    public int ProcessId => _process.Id;

    public string LogFile { get; }

    public static async Task<BenchPortal> StartAsync(string dataFolder)
    {
        var (httpPort, httpsPort) = (FreePort(), FreePort());
        var certificate = Path.Combine(dataFolder, "bench.pfx");
        await File.WriteAllBytesAsync(certificate, SelfSignedCertificate());
        var start = new ProcessStartInfo("dotnet")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Paths.WebProject,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LearningNetwork.Bench.dll"));
        start.ArgumentList.Add("serve");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{httpPort};https://127.0.0.1:{httpsPort}";
        start.Environment["Kestrel__Certificates__Default__Path"] = certificate;
        start.Environment["Kestrel__Certificates__Default__Password"] = string.Empty;
        start.Environment["Database__DataFolder"] = dataFolder;

        // Plain HTTP as behind a TLS-terminating proxy: wrk and the readers say X-Forwarded-Proto: https.
        start.Environment["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
        start.Environment["Delivery__RunInBackground"] = "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["RateLimiting__AccountPermitLimit"] = "100000";
        start.Environment["Portal__PublicUrl"] = $"https://127.0.0.1:{httpsPort}";
        var process = Process.Start(start) ?? throw new InvalidOperationException("The portal did not start.");
        var logFile = Path.Combine(dataFolder, "portal.log");
        var log = File.CreateText(logFile);
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var portal = new BenchPortal(process, new Uri($"http://127.0.0.1:{httpPort}"), new Uri($"https://127.0.0.1:{httpsPort}"), logFile);
        using var client = new HttpClient { BaseAddress = portal.Http };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return portal;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(250);
        }

        await portal.DisposeAsync();
        throw new InvalidOperationException($"The portal did not answer /health; see {logFile}.");
    }

    /// <summary>A visitor without cookies on the HTTP port, as the proxy passes it on.</summary>
    public HttpClient Visitor()
    {
        var client = new HttpClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        return client;
    }

    /// <summary>A client of its own (own cookies, or those given), as one browser, over HTTPS.</summary>
    public HttpClient Browser(CookieContainer? cookies = null) => new(new SocketsHttpHandler
    {
        CookieContainer = cookies ?? new CookieContainer(),
        AllowAutoRedirect = false,
        SslOptions = { RemoteCertificateValidationCallback = (_, _, _, _) => true },
    })
    {
        BaseAddress = Https,
    };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            log.WriteLine(line);
            log.Flush();
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
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pfx, string.Empty);
    }
}
