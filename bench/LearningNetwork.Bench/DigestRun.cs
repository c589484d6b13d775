using System.Data.Common;
using System.Diagnostics;
using LearningNetwork.Application.Digests;
using LearningNetwork.Application.Mail;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Bench;

/// <summary>
/// Scenario d, run in a process of its own so its peak memory is the digest's: plans the week of
/// <see cref="NetworkGenerator.Now"/> for exactly N people and composes every digest, counting SQL commands.
/// </summary>
internal static class DigestRun
{
    public sealed record Result(int People, int Planned, int Queued, double Seconds, long Commands, int BatchSize, long PeakBytes)
    {
        public double CommandsPerBatch => Planned == 0 ? 0 : (double)Commands / Math.Ceiling((double)Planned / BatchSize);

        public override string ToString() => string.Join(' ', People, Planned, Queued, Seconds.ToString("R", System.Globalization.CultureInfo.InvariantCulture), Commands, BatchSize, PeakBytes);

        public static Result Parse(string line)
        {
            var p = line.Trim().Split(' ');
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            return new(int.Parse(p[0], culture), int.Parse(p[1], culture), int.Parse(p[2], culture), double.Parse(p[3], culture), long.Parse(p[4], culture), int.Parse(p[5], culture), long.Parse(p[6], culture));
        }
    }

    public static async Task<Result> RunAsync(string folder, int people, CancellationToken cancellationToken)
    {
        var counter = new CommandCounter();
        await using var app = await PortalServices.OpenAsync(folder, new FixedClock(NetworkGenerator.Now), services =>
            services.ConfigureDbContext<AppDbContext>((_, options) => options.AddInterceptors(counter)), cancellationToken);
        await using var scope = app.Services.CreateAsyncScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var chosen = await db.Users.OrderBy(u => u.Email).Select(u => u.Id).Take(people).ToListAsync(cancellationToken);
        await db.Users.ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, u => chosen.Contains(u.Id)), cancellationToken);

        // Started (on a loopback port nobody calls) so routing is built and the mail's links can be made.
        await app.StartAsync(cancellationToken);
        var planned = await services.GetRequiredService<DigestPlanner>().PlanAsync(services.GetRequiredService<DigestSchedule>().LatestDueWeek(), cancellationToken);

        counter.Reset();
        var watch = Stopwatch.StartNew();
        var queued = await services.GetRequiredService<DigestSender>().SendDueAsync(cancellationToken);
        watch.Stop();
        await app.StopAsync(cancellationToken);
        return new Result(people, planned, queued, watch.Elapsed.TotalSeconds, counter.Count, services.GetRequiredService<IOptions<DeliveryOptions>>().Value.BatchSize, PeakWorkingSet.OfThisProcess());
    }

    private sealed class FixedClock(DateTime utc) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(utc);
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Reset() => Interlocked.Exchange(ref _count, 0);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _count);
            return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>The peak resident set (VmHWM) of a Linux process, in bytes.</summary>
internal static class PeakWorkingSet
{
    public static long OfThisProcess() => Of(Environment.ProcessId);

    public static long Of(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? 0 : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }
}
