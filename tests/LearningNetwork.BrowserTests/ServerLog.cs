using System.Globalization;
using Serilog.Core;
using Serilog.Events;
using Serilog.Formatting.Display;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// The portal's log at Warning and above, written to the output of the test that is running: `dotnet test` shows a
/// failed test's output, so a browser test that times out shows what the server said meanwhile. A Serilog sink in
/// the portal's services; lines written while no test runs (the server starting) go to the next test.
/// </summary>
public sealed class ServerLog : ILogEventSink
{
    private static readonly MessageTemplateTextFormatter Line = new(
        "[portal {Timestamp:HH:mm:ss.fff} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}", CultureInfo.InvariantCulture);

    private readonly Lock _gate = new();
    private readonly List<string> _waiting = [];
    private ITestOutputHelper? _output;

    public void Emit(LogEvent logEvent)
    {
        if (logEvent.Level < LogEventLevel.Warning)
        {
            return;
        }

        using var text = new StringWriter(CultureInfo.InvariantCulture);
        Line.Format(logEvent, text);
        var line = text.ToString().TrimEnd();
        lock (_gate)
        {
            if (_output is null)
            {
                _waiting.Add(line);
            }
            else
            {
                _output.WriteLine(line);
            }
        }
    }

    /// <summary>Writes the lines to <paramref name="output"/>, those waiting first, until the result is disposed.</summary>
    public IDisposable WriteTo(ITestOutputHelper output)
    {
        lock (_gate)
        {
            _waiting.ForEach(output.WriteLine);
            _waiting.Clear();
            _output = output;
        }

        return new Attachment(this, output);
    }

    private sealed class Attachment(ServerLog log, ITestOutputHelper output) : IDisposable
    {
        public void Dispose()
        {
            lock (log._gate)
            {
                if (ReferenceEquals(log._output, output))
                {
                    log._output = null;
                }
            }
        }
    }
}
