using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>
/// The real portal host (Production error handling) on its own SQLite file and mail pickup folder in a fresh
/// temporary data folder, deleted afterwards.
/// </summary>
public class PortalFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings = [];
    private readonly List<Action<IServiceCollection>> _services = [];

    static PortalFactory()
    {
        // Many hosts run side by side in a test run: poll for file changes instead of holding an inotify
        // instance each (the kernel allows 128 per user), and do not watch configuration files at all.
        System.Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
        System.Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
    }

    public PortalFactory()
        : this(NewDataFolder())
    {
    }

    internal PortalFactory(string dataFolder) => DataFolder = dataFolder;

    public string DataFolder { get; }

    public string PickupFolder => Path.Combine(DataFolder, "mail");

    public string Environment { get; init; } = "Production";

    /// <summary>For a "restart": the next factory on the same folder finds the database this one left.</summary>
    public bool KeepDataFolder { get; init; }

    public static string NewDataFolder() => Path.Combine(Path.GetTempPath(), "learningnetwork-tests", Guid.NewGuid().ToString("N"));

    public PortalFactory WithSetting(string key, string? value)
    {
        _settings[key] = value;
        return this;
    }

    /// <summary>Services added after the portal's own, as a process hosting the portal (the benchmark's) adds them.</summary>
    public PortalFactory WithServices(Action<IServiceCollection> configure)
    {
        _services.Add(configure);
        return this;
    }

    public HttpClient CreatePortalClient(string? language = null)
    {
        // https, as in production: the __Host- cookies are Secure and a client keeps them only over https.
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });
        if (language is not null)
        {
            client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        }

        return client;
    }

    public async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    /// <summary>
    /// Delivers the mail waiting in the outbox now, as the background sender would at its next round, and waits (at
    /// most five seconds) for mail the background sender is delivering at this very moment.
    /// </summary>
    public async Task DeliverMailAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            await using var scope = Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<Application.Mail.MailOutbox>().DeliverDueAsync(CancellationToken.None);
            var busy = await scope.ServiceProvider.GetRequiredService<AppDbContext>().OutboxMessages
                .AnyAsync(m => m.Status == Domain.Mail.OutboxStatus.Sending);
            if (!busy || DateTime.UtcNow > deadline)
            {
                return;
            }

            await Task.Delay(25);
        }
    }

    public IReadOnlyList<string> MailFiles() =>
        Directory.Exists(PickupFolder) ? Directory.GetFiles(PickupFolder, "*.eml").Order().ToList() : [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.UseSetting("Database:DataFolder", DataFolder);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");

        // Tests post many forms from one address; the rate-limit test sets its own limit.
        builder.UseSetting("RateLimiting:AccountPermitLimit", "100000");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var configure in _services)
        {
            builder.ConfigureServices(configure);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && !KeepDataFolder)
        {
            SqliteConnection.ClearAllPools();
            try
            {
                Directory.Delete(DataFolder, recursive: true);
            }
            catch (IOException)
            {
                // A file still held by a closing process is left for the OS to clean from the temp folder.
            }
        }
    }
}
