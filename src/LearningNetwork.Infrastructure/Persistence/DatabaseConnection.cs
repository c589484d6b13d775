using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// The provider, connection string and data folder, worked out once from configuration: SQLite in
/// <c>{DataFolder}/learningnetwork.db</c> unless a connection string is given; SQL Server from
/// <c>ConnectionStrings:LearningNetwork</c>.
/// </summary>
public sealed class DatabaseConnection
{
    public DatabaseConnection(IOptions<DatabaseOptions> options, IConfiguration configuration, IHostEnvironment environment)
    {
        var database = options.Value;
        Provider = database.Provider;
        DataFolder = Path.GetFullPath(database.DataFolder, environment.ContentRootPath);
        var configured = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (Provider == DatabaseProvider.SqlServer)
        {
            ConnectionString = string.IsNullOrWhiteSpace(configured)
                ? throw new InvalidOperationException($"Database:Provider is SqlServer but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is empty.")
                : configured;
        }
        else if (!string.IsNullOrWhiteSpace(configured))
        {
            ConnectionString = configured;
        }
        else
        {
            Directory.CreateDirectory(DataFolder);
            ConnectionString = $"Data Source={Path.Combine(DataFolder, DatabaseOptions.SqliteFileName)}";
        }
    }

    public DatabaseProvider Provider { get; }

    public string ConnectionString { get; }

    public string DataFolder { get; }
}
