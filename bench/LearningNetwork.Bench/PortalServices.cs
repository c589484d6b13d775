using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.TestKit;
using LearningNetwork.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.Bench;

/// <summary>The portal's own services on a data folder, without serving: to generate a network or build a digest.</summary>
internal static class PortalServices
{
    public static async Task<WebApplication> OpenAsync(string dataFolder, TimeProvider? clock, Action<IServiceCollection>? configure, CancellationToken cancellationToken)
    {
        // The portal's assembly as the application, so its pages (and their routes) are found.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = Repository.WebProject, ApplicationName = typeof(PortalHost).Assembly.GetName().Name });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:DataFolder"] = dataFolder,
            ["Serilog:MinimumLevel:Default"] = "Warning",
            ["Delivery:RunInBackground"] = "false",
            ["Portal:PublicUrl"] = "https://leernetwerk.example.nl",
            ["urls"] = "http://127.0.0.1:0",
        });
        if (clock is not null)
        {
            builder.Services.AddSingleton(clock);
        }

        builder.AddPortal();
        configure?.Invoke(builder.Services);
        var app = builder.Build();

        // The pages' routes: once started, links in mail (a digest's unsubscribe link) can be made.
        app.MapRazorPages();
        await using var scope = app.Services.CreateAsyncScope();
        if (!await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(cancellationToken))
        {
            throw new InvalidOperationException("The database could not be prepared.");
        }

        return app;
    }

    /// <summary>Writes a network of the given size into <c>{folder}/learningnetwork.db</c>, unless it is there.</summary>
    public static async Task GenerateAsync(string folder, NetworkSize size, int seed, CancellationToken cancellationToken)
    {
        var file = Path.Combine(folder, DatabaseOptions.SqliteFileName);
        if (File.Exists(file))
        {
            return;
        }

        var building = folder + ".building";
        if (Directory.Exists(building))
        {
            Directory.Delete(building, recursive: true);
        }

        Directory.CreateDirectory(building);
        var started = DateTime.UtcNow;
        await using (var app = await OpenAsync(building, clock: null, configure: null, cancellationToken))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            await new NetworkGenerator(db, size, seed).GenerateAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var extra in Directory.GetFiles(building).Where(f => !f.EndsWith(".db", StringComparison.Ordinal)))
        {
            File.Delete(extra);
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.Move(building, folder);
        Console.WriteLine($"generated {size.Name} ({size.Experiments:N0} projects, {size.People:N0} people, seed {seed}) in {(DateTime.UtcNow - started).TotalSeconds:F0} s: {new FileInfo(file).Length / 1024 / 1024} MB");
    }

    /// <summary>A fresh copy of a generated network, so a run never changes the cached one.</summary>
    public static string Copy(string folder, string name)
    {
        var target = Path.Combine(Paths.RunFolder, name);
        if (Directory.Exists(target))
        {
            Directory.Delete(target, recursive: true);
        }

        Directory.CreateDirectory(target);
        File.Copy(Path.Combine(folder, DatabaseOptions.SqliteFileName), Path.Combine(target, DatabaseOptions.SqliteFileName));
        return target;
    }
}

/// <summary>Where the benchmark keeps things: the cached networks and the runs (the repository itself is <see cref="Repository"/>).</summary>
internal static class Paths
{
    public static string DataFolder => Path.Combine(Repository.Root, "bench", "data");

    public static string RunFolder => Path.Combine(Path.GetTempPath(), "learningnetwork-bench");

    public static string Network(NetworkSize size, int seed) => Path.Combine(DataFolder, $"{size.Name}-{size.People}-seed{seed}");
}
