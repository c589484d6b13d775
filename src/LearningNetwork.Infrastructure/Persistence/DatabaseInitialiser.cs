using System.Data.Common;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Brings the database to the current schema (SQLite always; SQL Server when asked) and seeds the schetsboek's
/// taxonomy, the municipalities it names and the roles. Seeding only adds what is missing, so any number of
/// restarts leaves the same rows, and texts edited by network admins are kept.
/// </summary>
public sealed partial class DatabaseInitialiser(
    AppDbContext db,
    RoleManager<IdentityRole> roles,
    IOptions<DatabaseOptions> options,
    ILogger<DatabaseInitialiser> logger)
{
    /// <summary>False when the database cannot be reached; the reason is logged as one line.</summary>
    public async Task<bool> InitialiseAsync(CancellationToken cancellationToken)
    {
        var provider = options.Value.Provider;
        try
        {
            if (await MadeByOtherMigrationsAsync(cancellationToken))
            {
                return false;
            }

            if (provider == DatabaseProvider.Sqlite)
            {
                await db.Database.MigrateAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
            else if (options.Value.MigrateOnStartup)
            {
                await db.Database.MigrateAsync(cancellationToken);
            }
            else
            {
                await db.Database.OpenConnectionAsync(cancellationToken);
                await db.Database.CloseConnectionAsync();
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).Count();
                if (pending > 0)
                {
                    LogSchemaBehind(pending);
                    return false;
                }
            }

            await SeedAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (provider == DatabaseProvider.SqlServer && Unreachable(exception) is { } reason)
        {
            LogUnreachable(DatabaseOptions.ConnectionStringName, reason);
            return false;
        }
    }

    /// <summary>The server's own words when the database cannot be reached, also after the execution strategy gave up retrying.</summary>
    private static string? Unreachable(Exception exception) => exception switch
    {
        DbException db => db.Message.ReplaceLineEndings(" "),
        Microsoft.EntityFrameworkCore.Storage.RetryLimitExceededException { InnerException: DbException db } => db.Message.ReplaceLineEndings(" "),
        _ => null,
    };

    /// <summary>Applies pending migrations for the configured provider (the <c>migrate</c> command); false when unreachable.</summary>
    public async Task<bool> MigrateAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await MadeByOtherMigrationsAsync(cancellationToken))
            {
                return false;
            }

            await db.Database.MigrateAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (options.Value.Provider == DatabaseProvider.SqlServer && Unreachable(exception) is { } reason)
        {
            LogUnreachable(DatabaseOptions.ConnectionStringName, reason);
            return false;
        }
    }

    /// <summary>
    /// A database made by migrations this build does not have (a development build from before they were squashed,
    /// ADR 0005) would fail half-way through creating tables that exist; it is refused with one line instead.
    /// </summary>
    private async Task<bool> MadeByOtherMigrationsAsync(CancellationToken cancellationToken)
    {
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Except(db.Database.GetMigrations()).ToList();
        if (unknown.Count == 0)
        {
            return false;
        }

        LogOtherMigrations(unknown.Count, unknown[0], DatabaseOptions.ConnectionStringName);
        return true;
    }

    private async Task SeedAsync(CancellationToken cancellationToken)
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }

        var lessons = await db.Lessons.Select(l => l.Number).ToListAsync(cancellationToken);
        db.Lessons.AddRange(SchetsboekCatalog.Lessons().Where(l => !lessons.Contains(l.Number)));
        await db.SaveChangesAsync(cancellationToken);

        var barriers = await db.Barriers.Select(b => b.Number).ToListAsync(cancellationToken);
        db.Barriers.AddRange(SchetsboekCatalog.Barriers().Where(b => !barriers.Contains(b.Number)));

        var themes = await db.Themes.Select(t => t.Key).ToListAsync(cancellationToken);
        db.Themes.AddRange(SchetsboekCatalog.Themes().Where(t => !themes.Contains(t.Key)));

        var municipalities = await db.Municipalities.Select(m => m.CbsCode).ToListAsync(cancellationToken);
        db.Municipalities.AddRange(SchetsboekCatalog.Municipalities().Where(m => !municipalities.Contains(m.CbsCode)));

        var added = db.ChangeTracker.Entries().Count(e => e.State == EntityState.Added);
        await db.SaveChangesAsync(cancellationToken);
        added += await SeedExamplesAsync(db, cancellationToken);
        added += await SeedQuestionsAsync(db, cancellationToken);
        await Search.SiteSearchIndex.EnsureCatalogueAsync(db, cancellationToken);
        if (added > 0)
        {
            LogSeeded(added);
        }
    }

    /// <summary>The schetsboek's own examples, in every installation: those a database lacks (by key) are added.</summary>
    private static async Task<int> SeedExamplesAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var present = await db.SourcedExamples.Select(e => e.Key).ToListAsync(cancellationToken);
        var missing = SchetsboekExamples.All().Where(e => !present.Contains(e.Key)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.CbsCode, m => m.Id, cancellationToken);
        db.SourcedExamples.AddRange(missing.Select(e => new SourcedExample(e, [.. e.CbsCodes.Select(c => municipalities[c])])));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    /// <summary>The schetsboek's open questions, the network's starting learning agenda: those a database lacks (by key) are added.</summary>
    private static async Task<int> SeedQuestionsAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var present = await db.SourcedQuestions.Select(q => q.Key).ToListAsync(cancellationToken);
        var missing = SchetsboekQuestions.All().Where(q => !present.Contains(q.Key)).ToList();
        if (missing.Count == 0)
        {
            return 0;
        }

        var municipalities = await db.Municipalities.ToDictionaryAsync(m => m.CbsCode, m => m.Id, cancellationToken);
        db.SourcedQuestions.AddRange(missing.Select(q => new SourcedQuestion(q, [.. q.CbsCodes.Select(c => municipalities[c])])));
        await db.SaveChangesAsync(cancellationToken);
        return missing.Count;
    }

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: SQL Server is not reachable with the connection string ConnectionStrings:{ConnectionStringName:l} (Database:Provider = SqlServer): {Reason:l}")]
    private partial void LogUnreachable(string connectionStringName, string reason);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: the database was made by {Count} migration(s) this version does not have (first: {First:l}); migrations were squashed before the first release (ADR 0005). Start from a new database: delete the SQLite file in Database:DataFolder, or point ConnectionStrings:{ConnectionStringName:l} to a new database")]
    private partial void LogOtherMigrations(int count, string first, string connectionStringName);

    [LoggerMessage(Level = LogLevel.Critical, Message = "Cannot start: the SQL Server database lacks {Count} migration(s). Run the 'migrate' command, or set Database:MigrateOnStartup to true")]
    private partial void LogSchemaBehind(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} taxonomy, municipality and schetsboek example rows")]
    private partial void LogSeeded(int count);
}
