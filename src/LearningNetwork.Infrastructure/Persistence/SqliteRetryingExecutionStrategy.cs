using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Runs a unit of work again when SQLite still reports the file busy or locked by another writer (another request,
/// the background sender or a second process) after the driver's own wait for the lock (its command timeout,
/// 30 seconds). At most twice, a quarter of a second apart, whatever <c>Database:MaxRetryCount</c> says for
/// SQL Server: a file that stays locked that long has a writer that is stuck, and the person should hear so.
/// </summary>
public sealed class SqliteRetryingExecutionStrategy(ExecutionStrategyDependencies dependencies, int maxRetryCount)
    : ExecutionStrategy(dependencies, Math.Min(maxRetryCount, 2), TimeSpan.FromSeconds(1))
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    protected override bool ShouldRetryOn(Exception exception) =>
        exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        ExceptionsEncountered.Count > MaxRetryCount ? null : TimeSpan.FromMilliseconds(250);
}
