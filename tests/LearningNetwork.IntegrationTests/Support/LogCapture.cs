using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Every log event the portal writes, as its Serilog pipeline sees it (registered as a sink in its services).</summary>
public sealed class LogCapture : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyList<LogEvent> Events => _events.ToList();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The request log's line for a path ("HTTP GET /x responded 404"), once it is written (at most ten seconds).</summary>
    public async Task<LogEvent> RequestAsync(string path)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var line = _events.FirstOrDefault(e => e.Properties.TryGetValue("RequestPath", out var p) && p.ToString() == $"\"{path}\"" && e.Properties.ContainsKey("StatusCode"));
            if (line is not null || DateTime.UtcNow > deadline)
            {
                return line ?? throw new InvalidOperationException($"No request log line for {path} in: " + string.Join(" | ", _events.Select(e => e.RenderMessage())));
            }

            await Task.Delay(25);
        }
    }

    public static int Status(LogEvent line) => int.Parse(line.Properties["StatusCode"].ToString(), System.Globalization.CultureInfo.InvariantCulture);
}
