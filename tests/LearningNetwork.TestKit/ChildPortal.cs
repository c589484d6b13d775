using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace LearningNetwork.TestKit;

/// <summary>
/// The portal (or a host of it) as its own process, the way an operator runs it. It listens on port 0 of each
/// address it is given, so the operating system picks a free port as it binds; the ports are read from Kestrel's
/// "Now listening on" lines. What it prints is kept (and passed on line by line when asked); it is ended on dispose.
/// </summary>
public sealed partial class ChildPortal : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly List<Uri> _addresses = [];
    private readonly int _expected;
    private readonly Action<string>? _onLine;
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ChildPortal(Process process, int expected, Action<string>? onLine)
    {
        _process = process;
        _expected = expected;
        _onLine = onLine;
    }

    /// <summary>Everything the process printed so far, standard output and error interleaved as they came.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    public int ProcessId => _process.Id;

    /// <summary>
    /// Starts <paramref name="start"/> with <c>ASPNETCORE_URLS</c> set to <paramref name="urls"/> (each on port 0,
    /// e.g. <c>https://127.0.0.1:0</c>) and waits until it listens on all of them.
    /// </summary>
    public static async Task<ChildPortal> StartAsync(ProcessStartInfo start, string[] urls, TimeSpan within, Action<string>? onLine = null)
    {
        start.UseShellExecute = false;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["ASPNETCORE_URLS"] = string.Join(';', urls);

        // The addresses are read from the host's own start-up line, whatever level the rest of the log is at.
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Information";
        var process = new Process { StartInfo = start, EnableRaisingEvents = true };
        var child = new ChildPortal(process, urls.Length, onLine);
        process.OutputDataReceived += (_, e) => child.Append(e.Data);
        process.ErrorDataReceived += (_, e) => child.Append(e.Data);
        process.Exited += (_, _) => child._listening.TrySetException(new InvalidOperationException($"The portal ended before it listened: {child.Output}"));
        if (!process.Start())
        {
            throw new InvalidOperationException("The portal did not start.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await child._listening.Task.WaitAsync(within);
            return child;
        }
        catch (TimeoutException)
        {
            await child.DisposeAsync();
            throw new TimeoutException($"The portal did not listen within {within.TotalSeconds:0} seconds: {child.Output}");
        }
        catch (InvalidOperationException)
        {
            await child.DisposeAsync();
            throw;
        }
    }

    /// <summary>The address it listens on for a scheme (http or https).</summary>
    public Uri Address(string scheme)
    {
        lock (_addresses)
        {
            return _addresses.First(a => a.Scheme == scheme);
        }
    }

    /// <summary>Waits until the portal answers <c>/health</c> with 200 through <paramref name="client"/>.</summary>
    public async Task WaitUntilHealthyAsync(HttpClient client, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The portal ended with {_process.ExitCode}: {Output}");
            }

            try
            {
                if ((await client.GetAsync(new Uri("/health", UriKind.Relative))).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException) when (DateTime.UtcNow < deadline)
            {
                // Listening, but not ready yet.
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The portal did not answer /health within {within.TotalSeconds:0} seconds: {Output}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>Waits until a line it printed matches, and returns that line.</summary>
    public async Task<string> WaitForLineAsync(Func<string, bool> match, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (true)
        {
            var line = Output.Split('\n').FirstOrDefault(match);
            if (line is not null)
            {
                return line;
            }

            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new TimeoutException("The portal did not print the line looked for: " + Output);
            }

            await Task.Delay(50);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex("""Now listening on: \\?"?(?<url>https?://[^"\\\s]+)""")]
    private static partial Regex Listening();

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }

        _onLine?.Invoke(line);
        var listening = Listening().Match(line);
        if (listening.Success)
        {
            lock (_addresses)
            {
                _addresses.Add(new Uri(listening.Groups["url"].Value));
                if (_addresses.Count == _expected)
                {
                    _listening.TrySetResult();
                }
            }
        }
    }
}
