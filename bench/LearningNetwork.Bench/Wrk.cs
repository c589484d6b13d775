using System.Diagnostics;
using System.Globalization;

namespace LearningNetwork.Bench;

/// <summary>One load run: requests per second and latency percentiles.</summary>
internal sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Requests, long Errors);

/// <summary>
/// Drives wrk (Debian's package) against the portal's HTTP port as a TLS-terminating proxy would
/// (<c>X-Forwarded-Proto: https</c>), as fast as the answers come: throughput. A fixed rate is <see cref="OpenLoop"/>'s.
/// </summary>
internal static class Wrk
{
    private const string Script = """
        wrk.headers["X-Forwarded-Proto"] = "https"
        done = function(summary, latency, requests)
          local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout
          io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(95), latency:percentile(99), errors))
        end
        """;

    private static readonly string ScriptFile = WriteScript();

    /// <summary>Runs wrk for the given seconds on the given number of connections, each sending its next request when answered.</summary>
    public static async Task<LoadResult> RunAsync(Uri url, int connections, int seconds, string? cookie = null)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", "1", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "10s", "-s", ScriptFile, url.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        if (cookie is not null)
        {
            start.ArgumentList.Insert(0, "-H");
            start.ArgumentList.Insert(1, $"Cookie: {cookie}");
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start: install it (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var line = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result for {url}: {output} {error}");
        var parts = line.Split(' ').Skip(1).Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new LoadResult(parts[0] / (parts[1] / 1_000_000.0), parts[2] / 1000.0, parts[3] / 1000.0, parts[4] / 1000.0, parts[0], parts[5]);
    }

    private static string WriteScript()
    {
        var file = Path.Combine(Path.GetTempPath(), $"learningnetwork-bench-{Environment.ProcessId}.lua");
        File.WriteAllText(file, Script);
        return file;
    }
}
