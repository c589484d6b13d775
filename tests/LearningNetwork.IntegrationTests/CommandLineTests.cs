using System.Net;
using LearningNetwork.IntegrationTests.Support;

namespace LearningNetwork.IntegrationTests;

/// <summary>The portal as an operator starts it: its own process, configured by environment variables.</summary>
public sealed class CommandLineTests
{
    [Fact]
    public async Task An_unreachable_SQL_Server_ends_start_up_with_one_clear_line()
    {
        var result = await PortalProcess.RunAsync(new Dictionary<string, string>
        {
            ["Database__Provider"] = "SqlServer",
            ["ConnectionStrings__LearningNetwork"] = "Server=127.0.0.1,1;Database=LearningNetwork;User Id=sa;Password=x;Connect Timeout=3;TrustServerCertificate=True",
        });

        Assert.NotEqual(0, result.ExitCode);
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var line = Assert.Single(lines, l => l.Contains("SQL Server is not reachable", StringComparison.Ordinal));
        Assert.Contains("ConnectionStrings:LearningNetwork", line, StringComparison.Ordinal);
        Assert.Contains("Database:Provider", line, StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.DoesNotContain("Exception:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_against_an_unreachable_SQL_Server_says_so_in_one_line()
    {
        var result = await PortalProcess.RunAsync(
            new Dictionary<string, string>
            {
                ["Database__Provider"] = "SqlServer",
                ["ConnectionStrings__LearningNetwork"] = "Server=127.0.0.1,1;Database=LearningNetwork;User Id=sa;Password=x;Connect Timeout=3;TrustServerCertificate=True",
            },
            "migrate");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("ConnectionStrings:LearningNetwork", result.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception:", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admin_create_makes_a_network_admin_who_can_open_the_job_dashboard()
    {
        var dataFolder = PortalFactory.NewDataFolder();
        var environment = new Dictionary<string, string> { ["Database__DataFolder"] = dataFolder };

        var created = await PortalProcess.RunAsync(environment, "admin", "create", "--email", "admin@koppelkansen.nl", "--name", "Netwerkbeheer", "--password", "een lange zin als wachtwoord");
        Assert.True(created.ExitCode == 0, created.Output);
        Assert.Contains("Created network admin admin@koppelkansen.nl", created.Output, StringComparison.Ordinal);

        var again = await PortalProcess.RunAsync(environment, "admin", "create", "--email", "admin@koppelkansen.nl");
        Assert.True(again.ExitCode == 0, again.Output);
        Assert.Contains("already had an account", again.Output, StringComparison.Ordinal);

        var refused = await PortalProcess.RunAsync(environment, "admin", "create", "--email", "new@koppelkansen.nl", "--password", "kort");
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("12", refused.Output, StringComparison.Ordinal);

        using var factory = new PortalFactory(dataFolder);
        var client = factory.CreatePortalClient();
        await AccountTests.LogInAsync(client, "admin@koppelkansen.nl");
        var dashboard = await client.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
    }

    [Fact]
    public async Task A_database_made_by_migrations_this_version_does_not_have_is_refused_in_one_line()
    {
        var dataFolder = PortalFactory.NewDataFolder();
        var environment = new Dictionary<string, string> { ["Database__DataFolder"] = dataFolder };
        var migrated = await PortalProcess.RunAsync(environment, "migrate");
        Assert.True(migrated.ExitCode == 0, migrated.Output);
        var file = Path.Combine(dataFolder, Infrastructure.Persistence.DatabaseOptions.SqliteFileName);
        await using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={file}"))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO __EFMigrationsHistory (MigrationId, ProductVersion) VALUES ('20261128023613_Membership', '10.0.0')";
            await insert.ExecuteNonQueryAsync();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var arguments in new[] { new[] { "migrate" }, Array.Empty<string>() })
        {
            var refused = await PortalProcess.RunAsync(environment, arguments);

            Assert.NotEqual(0, refused.ExitCode);
            var line = Assert.Single(refused.Output.Split('\n'), l => l.Contains("migrations were squashed", StringComparison.Ordinal));
            Assert.Contains("20261128023613_Membership", line, StringComparison.Ordinal);
            Assert.Contains("Database:DataFolder", line, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception:", refused.Output, StringComparison.Ordinal);
        }
    }
}
