using System.Diagnostics;

namespace LearningNetwork.Bench;

/// <summary>
/// Holds a rate whatever the answers' speed, as wrk2 does and wrk cannot (Debian has only wrk): request i is due at
/// start + i / rate and sent then, and its latency counts from that moment. A slow answer therefore delays no later
/// request and hides no queueing (coordinated omission). At most 64 connections, as a proxy in front of the portal
/// would allow: when all are busy, a request waits for one, and that wait counts in its latency.
/// </summary>
internal static class OpenLoop
{
    private const int MaxConnections = 64;

    public static Task<LoadResult> RunAsync(Uri url, double rate, int seconds) => RunAsync([new MixRequest(url, null)], rate, seconds);

    /// <summary>The requests in turn, and over again from the first, each with its own cookie (none for a visitor).</summary>
    public static async Task<LoadResult> RunAsync(IReadOnlyList<MixRequest> requests, double rate, int seconds)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = MaxConnections, PooledConnectionLifetime = Timeout.InfiniteTimeSpan, UseCookies = false, AllowAutoRedirect = false };
        using var client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(10) };
        client.DefaultRequestHeaders.Add("X-Forwarded-Proto", "https");
        var total = (int)(rate * seconds);
        var latencies = new double[total];
        var errors = 0;
        var sent = new List<Task>(total);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / rate);
            if (due - clock.Elapsed is { TotalMilliseconds: > 1 } wait)
            {
                await Task.Delay(wait);
            }

            sent.Add(SendAsync(i, due));
        }

        await Task.WhenAll(sent);
        var elapsed = clock.Elapsed.TotalSeconds;
        return new LoadResult(total / elapsed, Harness.Percentile(latencies, 50), Harness.Percentile(latencies, 95), Harness.Percentile(latencies, 99), total, errors, latencies.Max());

        async Task SendAsync(int index, TimeSpan due)
        {
            try
            {
                var request = requests[index % requests.Count];
                using var message = new HttpRequestMessage(HttpMethod.Get, request.Url);
                if (request.Cookie is not null)
                {
                    message.Headers.Add("Cookie", request.Cookie);
                }

                using var response = await client.SendAsync(message);
                if (!response.IsSuccessStatusCode)
                {
                    Interlocked.Increment(ref errors);
                }
            }
            catch (HttpRequestException)
            {
                Interlocked.Increment(ref errors);
            }
            catch (TaskCanceledException)
            {
                // No answer within the client's 10 s: an overloaded server, not a failed run; the wait is its latency.
            }

            latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
        }
    }
}
