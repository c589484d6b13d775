using System.Diagnostics;
using System.Net;
using LearningNetwork.TestKit;

namespace LearningNetwork.Bench;

/// <summary>
/// The portal, built in Release, as its own process on a data folder: HTTP for wrk, HTTPS for the signed-in
/// writers (the sign-in cookie is Secure), with the benchmark's baseline endpoint (<see cref="BenchServe"/>), and its log in a file.
/// </summary>
internal sealed class BenchPortal : IAsyncDisposable
{
    private readonly ChildPortal _process;

    private BenchPortal(ChildPortal process, string logFile)
    {
        _process = process;
        LogFile = logFile;
        Http = process.Address("http");
        Https = process.Address("https");
    }

    public Uri Http { get; }

    public Uri Https { get; }

    public int ProcessId => _process.ProcessId;

    public string LogFile { get; }

    public static async Task<BenchPortal> StartAsync(string dataFolder)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Repository.WebProject };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LearningNetwork.Bench.dll"));
        start.ArgumentList.Add("serve");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Kestrel__Certificates__Default__Path"] = await TestCertificate.WriteAsync(dataFolder);
        start.Environment["Kestrel__Certificates__Default__Password"] = string.Empty;
        start.Environment["Database__DataFolder"] = dataFolder;

        // Plain HTTP as behind a TLS-terminating proxy: wrk and the readers say X-Forwarded-Proto: https.
        start.Environment["ASPNETCORE_FORWARDEDHEADERS_ENABLED"] = "true";
        start.Environment["Delivery__RunInBackground"] = "false";
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["RateLimiting__AccountPermitLimit"] = "100000";
        start.Environment["Portal__PublicUrl"] = "https://leernetwerk.example.nl";
        var logFile = Path.Combine(dataFolder, "portal.log");
        var log = File.CreateText(logFile);
        var process = await ChildPortal.StartAsync(start, ["http://127.0.0.1:0", "https://127.0.0.1:0"], TimeSpan.FromMinutes(2), line => Write(log, line));
        var portal = new BenchPortal(process, logFile);
        try
        {
            using var client = new HttpClient { BaseAddress = portal.Http };
            await process.WaitUntilHealthyAsync(client, TimeSpan.FromMinutes(2));
            return portal;
        }
        catch (Exception e) when (e is TimeoutException or InvalidOperationException)
        {
            await portal.DisposeAsync();
            throw new InvalidOperationException($"The portal did not answer /health; see {logFile}.", e);
        }
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
        await _process.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    private static void Write(StreamWriter log, string line)
    {
        lock (log)
        {
            log.WriteLine(line);
            log.Flush();
        }
    }
}
