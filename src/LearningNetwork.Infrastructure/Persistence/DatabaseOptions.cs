namespace LearningNetwork.Infrastructure.Persistence;

public enum DatabaseProvider
{
    Sqlite,
    SqlServer,
}

/// <summary>The <c>Database</c> configuration section.</summary>
public sealed class DatabaseOptions
{
    public const string SectionName = "Database";
    public const string ConnectionStringName = "LearningNetwork";
    public const string SqliteFileName = "learningnetwork.db";

    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Folder for the SQLite file and the mail pickup folder; relative paths are under the content root.</summary>
    public string DataFolder { get; set; } = "App_Data";

    /// <summary>SQL Server only: apply pending migrations at start-up (SQLite always does).</summary>
    public bool MigrateOnStartup { get; set; }

    /// <summary>How often a unit of work is run again after a transient failure (SQL Server: a dropped connection,
    /// a failover, a deadlock; SQLite: the file still busy after the driver's own 30-second wait, at most twice).
    /// 0 turns retrying off.</summary>
    public int MaxRetryCount { get; set; } = 6;

    /// <summary>SQL Server only: the longest wait between two tries.</summary>
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);
}
