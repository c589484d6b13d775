using System.Diagnostics;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>
/// Counts (and keeps the text of) the SQL commands EF Core executes against one database (identified by its data folder) while it is
/// alive, from EF Core's diagnostic events; other tests running at the same time use other databases.
/// </summary>
public sealed class SqlCommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
{
    private readonly IDisposable _subscription;
    private readonly List<IDisposable> _listeners = [];
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _commands = new();

    private readonly string _database;

    private SqlCommandCounter(string database)
    {
        _database = database;
        _subscription = DiagnosticListener.AllListeners.Subscribe(this);
    }

    /// <summary>
    /// Starts counting. A pooled context keeps its command logger, which remembers for a second that nobody was
    /// listening (EF Core's logging cache time); counting starts once that has passed.
    /// </summary>
    public static async Task<SqlCommandCounter> StartAsync(string database)
    {
        var counter = new SqlCommandCounter(database);
        await Task.Delay(TimeSpan.FromSeconds(1.2));
        return counter;
    }

    public int Count => _commands.Count;

    /// <summary>The text of every command counted since the start or the last reset.</summary>
    public IReadOnlyList<string> Commands => _commands.ToList();

    public void Reset() => _commands.Clear();

    public void OnNext(DiagnosticListener value)
    {
        if (value.Name == "Microsoft.EntityFrameworkCore")
        {
            lock (_listeners)
            {
                _listeners.Add(value.Subscribe(this));
            }
        }
    }

    public void OnNext(KeyValuePair<string, object?> value)
    {
        if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"
            && value.Value is Microsoft.EntityFrameworkCore.Diagnostics.CommandExecutedEventData data
            && data.Command.Connection?.ConnectionString.Contains(_database, StringComparison.Ordinal) == true)
        {
            _commands.Enqueue(data.Command.CommandText);
        }
    }

    public void OnCompleted()
    {
    }

    public void OnError(Exception error)
    {
    }

    public void Dispose()
    {
        _subscription.Dispose();
        lock (_listeners)
        {
            _listeners.ForEach(l => l.Dispose());
        }
    }
}
