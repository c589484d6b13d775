using System.Net;
using LearningNetwork.TestKit;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// The real portal on Kestrel at a free loopback port over HTTPS (a throw-away self-signed certificate), with
/// its own data folder: the production cookie rules (__Host-, Secure) hold in the browser too.
/// </summary>
public class PortalServer : WebApplicationFactory<Program>
{
    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), "learningnetwork-browser", Guid.NewGuid().ToString("N"));

    static PortalServer()
    {
        // As in the integration tests: no inotify instance per host.
        System.Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        System.Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public PortalServer()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(TestCertificate.Create())));
        StartServer();
        var addresses = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseAddress = new Uri(addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
    }

    public Uri BaseAddress { get; }

    /// <summary>Production by default; Development adds the demo people and content.</summary>
    protected virtual string Environment => "Production";

    public string DataFolder => _dataFolder;

    /// <summary>The portal's warnings and errors, for the output of the test that is running.</summary>
    public ServerLog Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataFolder", _dataFolder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.ConfigureServices(services => services.AddSingleton<ILogEventSink>(Log));

        // Every browser of every test signs in from 127.0.0.1: the per-address limit on sign-in posts is for strangers.
        builder.UseSetting("RateLimiting:AccountPermitLimit", "100000");
        Configure(builder);
    }

    /// <summary>More settings or services for a kind of server (SMTP, a movable clock).</summary>
    protected virtual void Configure(IWebHostBuilder builder)
    {
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(_dataFolder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean from the temp folder.
            }
        }
    }
}
