using System.Diagnostics;
using System.Globalization;

namespace LearningNetwork.Bench;

/// <summary>One load run: requests per second and latency percentiles.</summary>
internal sealed record LoadResult(double RequestsPerSecond, double P50Ms, double P95Ms, double P99Ms, long Requests, long Errors, double MaxMs);

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
          io.write(string.format("RESULT %d %d %d %d %d %d %d\n", summary.requests, summary.duration,
            latency:percentile(50), latency:percentile(95), latency:percentile(99), errors, latency.max))
        end
        """;

    // A list of requests, one per line ("path<TAB>cookie", the cookie may be empty), sent in turn and over again.
    private const string ListScript = """
        local requests = {}
        local index = 0
        init = function(args)
          for line in io.lines(args[1]) do
            local path, cookie = line:match("^([^\t]*)\t?(.*)$")
            local headers = { ["X-Forwarded-Proto"] = "https" }
            if cookie ~= "" then headers["Cookie"] = cookie end
            requests[#requests + 1] = wrk.format("GET", path, headers)
          end
        end
        request = function()
          index = index % #requests + 1
          return requests[index]
        end
        """;

    private static readonly string ScriptFile = WriteScript("single", Script);

    private static readonly string ListScriptFile = WriteScript("list", Script + "\n" + ListScript);

    /// <summary>Runs wrk for the given seconds on the given number of connections, each sending its next request when answered.</summary>
    public static Task<LoadResult> RunAsync(Uri url, int connections, int seconds, string? cookie = null) =>
        RunAsync(url, connections, seconds, cookie, requestList: null);

    /// <summary>The requests of a list file (see <see cref="ListScript"/>) against the server of <paramref name="server"/>, in turn.</summary>
    public static Task<LoadResult> RunListAsync(Uri server, string requestList, int connections, int seconds) =>
        RunAsync(server, connections, seconds, cookie: null, requestList);

    private static async Task<LoadResult> RunAsync(Uri url, int connections, int seconds, string? cookie, string? requestList)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-t", "1", "-c", connections.ToString(CultureInfo.InvariantCulture), "-d", $"{seconds}s", "--timeout", "10s", "-s", requestList is null ? ScriptFile : ListScriptFile, url.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        if (requestList is not null)
        {
            start.ArgumentList.Add("--");
            start.ArgumentList.Add(requestList);
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
        return new LoadResult(parts[0] / (parts[1] / 1_000_000.0), parts[2] / 1000.0, parts[3] / 1000.0, parts[4] / 1000.0, parts[0], parts[5], parts[6] / 1000.0);
    }

    private static string WriteScript(string name, string script)
    {
        var file = Path.Combine(Path.GetTempPath(), $"learningnetwork-bench-{Environment.ProcessId}-{name}.lua");
        File.WriteAllText(file, script);
        return file;
    }
}
