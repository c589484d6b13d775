using System.Data.Common;
using System.Net;
using LearningNetwork.Application;
using LearningNetwork.Infrastructure;
using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Transient database failures: a unit of work that meets one is run again whole, inside the execution strategy,
/// and lands exactly once.
/// </summary>
public sealed class ResiliencyTests : IDisposable
{
    private readonly BusyOnceFactory _factory = new();

    [Fact]
    public async Task A_municipality_saved_in_two_steps_survives_a_busy_database_and_is_stored_once()
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var auditBefore = await _factory.WithDbAsync(db => db.AuditEntries.CountAsync());
        _factory.Busy.FailNext("INSERT INTO \"AuditLog\"");

        var response = await admin.PostFormAsync("/admin/municipalities/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Zwolle",
            ["Input.CbsCode"] = "GM0193",
            ["Input.Province"] = "Overijssel",
            ["Input.EmailDomains"] = "zwolle.nl",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, _factory.Busy.Thrown);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Municipalities.CountAsync(m => m.Name == "Zwolle")));
        Assert.Equal(auditBefore + 1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Theory]
    [InlineData("BEGIN")]
    [InlineData("INSERT INTO \"Experiments\"")]
    public async Task A_new_project_survives_a_busy_database_once_with_its_search_entry(string failingCommand)
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", "GM0855");
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        // Where SQLite reports a busy file: as the transaction takes the write lock, or at a first write.
        _factory.Busy.FailNext(failingCommand);

        var response = await member.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Warmtenet Reeshof",
            ["Input.Summary"] = "Riolering en warmtenet in één keer.",
            ["Input.Place"] = "Tilburg",
            ["Input.Themes"] = "underground",
            ["Input.Visibility"] = "Network",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, _factory.Busy.Thrown);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Experiments.CountAsync(e => e.Title == "Warmtenet Reeshof")));
        var found = await member.GetAsync("/experiments?q=Reeshof", expectSuccess: true);
        Assert.Single(found.QuerySelectorAll("[data-testid=results] li"));
    }

    [Fact]
    public async Task SQLite_itself_waits_for_another_writers_lock_not_the_driver_in_steps_of_150_ms()
    {
        var timeout = await _factory.WithDbAsync(async db =>
        {
            await db.Database.OpenConnectionAsync();
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "PRAGMA busy_timeout";
            return Convert.ToInt32(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture);
        });

        Assert.Equal(SqliteBusyTimeout.Milliseconds, timeout);
    }

    [Fact]
    public async Task On_SQL_Server_every_unit_of_work_retries_transient_failures()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "SqlServer",
            ["ConnectionStrings:LearningNetwork"] = "Server=127.0.0.1,1;Database=LearningNetwork;TrustServerCertificate=True",
        });
        builder.Services.AddApplication().AddInfrastructure(builder.Configuration);
        using var host = builder.Build();
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        var strategy = db.Database.CreateExecutionStrategy();

        Assert.IsType<SqlServerRetryingExecutionStrategy>(strategy);
        Assert.True(strategy.RetriesOnFailure);
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>The portal with a command interceptor that answers "database is locked" once, on request.</summary>
    private sealed class BusyOnceFactory : PortalFactory
    {
        public BusyInterceptor Busy { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(Busy, new BusyBegin(Busy))));
        }
    }

    private sealed class BusyInterceptor : DbCommandInterceptor
    {
        private string? _trigger;

        public int Thrown { get; private set; }

        public void FailNext(string commandStart) => _trigger = commandStart;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            ThrowOnce(command);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            ThrowOnce(command);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public void ThrowOnce(DbCommand command) => ThrowOnce(command.CommandText);

        public void ThrowOnce(string text)
        {
            var trigger = _trigger;
            if (trigger is not null && text.Contains(trigger, StringComparison.Ordinal)
                && Interlocked.CompareExchange(ref _trigger, null, trigger) == trigger)
            {
                Thrown++;
                throw new SqliteException("database is locked", 5);
            }
        }
    }

    /// <summary>The same fault as the transaction begins (SQLite's BEGIN IMMEDIATE is not a command EF Core runs).</summary>
    private sealed class BusyBegin(BusyInterceptor busy) : DbTransactionInterceptor
    {
        public override ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
        {
            busy.ThrowOnce("BEGIN");
            return base.TransactionStartingAsync(connection, eventData, result, cancellationToken);
        }
    }
}
