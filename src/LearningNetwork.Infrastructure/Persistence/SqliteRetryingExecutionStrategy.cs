using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Runs a unit of work again when SQLite reports the file busy or locked by another writer (another request,
/// the background sender or a second process). The driver already waits out a plain busy lock; this covers
/// what waiting cannot: a read transaction that must restart because another writer committed first.
/// Retries are quick (25 ms doubling, with jitter, at most one second) because SQLite locks are short.
/// </summary>
public sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount)
    : ExecutionStrategy(dependencies, maxRetryCount, TimeSpan.FromSeconds(1))
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private static readonly TimeSpan FirstDelay = TimeSpan.FromMilliseconds(25);

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked }
        || exception.InnerException is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    protected override TimeSpan? GetNextDelay(Exception lastException)
    {
        var retries = ExceptionsEncountered.Count;
        if (retries > MaxRetryCount)
        {
            return null;
        }

        var delay = FirstDelay * Math.Pow(2, retries - 1) * (0.8 + (Random.Shared.NextDouble() * 0.4));
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
