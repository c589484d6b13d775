using LearningNetwork.Infrastructure;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;

namespace LearningNetwork.IntegrationTests;

/// <summary>Each provider's migration set matches the model exactly as the portal configures it.</summary>
public sealed class MigrationTests
{
    [Theory]
    [InlineData("Sqlite", "Data Source=:memory:")]
    [InlineData("SqlServer", "Server=127.0.0.1,1;Database=LearningNetwork;TrustServerCertificate=True")]
    public async Task The_migrations_have_no_pending_model_changes(string provider, string connectionString)
    {
        await using var services = BuildServices(provider, connectionString);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.False(db.Database.HasPendingModelChanges(), $"The {provider} migrations are behind the model: add a migration.");
        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.Equal(
            provider == "Sqlite" ? DependencyInjection.SqliteMigrationsAssembly : DependencyInjection.SqlServerMigrationsAssembly,
            db.GetService<Microsoft.EntityFrameworkCore.Migrations.IMigrationsAssembly>().Assembly.GetName().Name);
    }

    [Theory]
    [InlineData("Sqlite", "Data Source=:memory:")]
    [InlineData("SqlServer", "Server=127.0.0.1,1;Database=LearningNetwork;TrustServerCertificate=True")]
    public async Task The_browse_filters_are_backed_by_indexes(string provider, string connectionString)
    {
        await using var services = BuildServices(provider, connectionString);
        await using var scope = services.CreateAsyncScope();
        var model = scope.ServiceProvider.GetRequiredService<AppDbContext>().GetService<Microsoft.EntityFrameworkCore.Metadata.IDesignTimeModel>().Model;

        string[][] Indexes<T>() => model.FindEntityType(typeof(T))!.GetIndexes().Select(i => i.Properties.Select(p => p.Name).ToArray()).ToArray();
        Assert.Contains(Indexes<Domain.Experiments.ExperimentTheme>(), i => i[0] == "ThemeKey");
        Assert.Contains(Indexes<Domain.Experiments.ExperimentBarrier>(), i => i[0] == "BarrierNumber" && i[1] == "State");
        Assert.Contains(Indexes<Domain.Experiments.ExperimentLesson>(), i => i[0] == "LessonNumber");
        Assert.Contains(Indexes<Domain.Experiments.Experiment>(), i => i[0] == "Status");
        Assert.Contains(Indexes<Domain.Experiments.Experiment>(), i => i[0] == "MunicipalityId");
        Assert.Contains(Indexes<Domain.Experiments.Experiment>(), i => i[0] == "UpdatedAtUtc");
    }

    [Theory]
    [InlineData("Sqlite")]
    [InlineData("SqlServer")]
    public async Task Each_provider_has_one_initial_migration_until_the_first_release(string provider)
    {
        await using var services = BuildServices(provider, provider == "Sqlite" ? "Data Source=:memory:" : "Server=127.0.0.1,1;Database=LearningNetwork;TrustServerCertificate=True");
        await using var scope = services.CreateAsyncScope();

        var migration = Assert.Single(scope.ServiceProvider.GetRequiredService<AppDbContext>().Database.GetMigrations());
        Assert.EndsWith("_Initial", migration, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_migrated_SQLite_database_has_the_hand_written_full_text_search_table()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ln-migrated-{Guid.NewGuid():N}.db");
        try
        {
            await using var services = BuildServices("Sqlite", $"Data Source={file}");
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

            await db.Database.MigrateAsync();

            var definition = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = 'ExperimentSearch'").SingleAsync();
            Assert.Contains("USING fts5(Content, tokenize = 'unicode61 remove_diacritics 2')", definition, StringComparison.Ordinal);
            var site = await db.Database.SqlQueryRaw<string>("SELECT sql AS Value FROM sqlite_master WHERE type = 'table' AND name = 'SiteSearch'").SingleAsync();
            Assert.Contains("USING fts5(Words, Stems, tokenize = 'unicode61 remove_diacritics 2')", site, StringComparison.Ordinal);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [Fact]
    public async Task The_SQL_Server_search_translates_to_LIKE_without_a_server()
    {
        await using var services = BuildServices("SqlServer", "Server=127.0.0.1,1;Database=LearningNetwork;TrustServerCertificate=True");
        await using var scope = services.CreateAsyncScope();
        var search = scope.ServiceProvider.GetRequiredService<Application.Common.Interfaces.IExperimentSearch>();

        var sql = search.Matching("warmtenet riool").ToQueryString();

        Assert.Contains("LIKE", sql, StringComparison.Ordinal);
        Assert.Contains("[ExperimentBarrier]", sql, StringComparison.Ordinal);
    }

    private static ServiceProvider BuildServices(string provider, string connectionString)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Database:Provider"] = provider,
                ["ConnectionStrings:LearningNetwork"] = connectionString,
            })
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<IHostEnvironment>(new HostingEnvironment { ContentRootPath = Path.GetTempPath(), EnvironmentName = "Production" });
        Application.DependencyInjection.AddApplication(services).AddInfrastructure(configuration);
        return services.BuildServiceProvider();
    }
}
