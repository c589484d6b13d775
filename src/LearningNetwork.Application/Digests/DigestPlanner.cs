using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Digests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Application.Digests;

/// <summary>
/// Adds the missing <see cref="DigestDelivery"/> rows for a week: one per person with the digest on, a confirmed
/// address, an account that is not blocked and older than the week's send moment. Harmless to run any number of times, or on two
/// servers at once: the unique index on (person, year, week) refuses a second row, and a refused batch is simply
/// planned again from what is missing then.
/// </summary>
/// <remarks>
/// Weeks missed during downtime: only the latest due week is planned (<see cref="PlanDueWeekAsync"/>); the digest
/// then covers everything since the person's previous digest, up to <see cref="DigestOptions.MaxLookBackDays"/>.
/// </remarks>
public sealed partial class DigestPlanner(IAppDbContext db, DigestSchedule schedule, IDeliverySignal signal, TimeProvider clock, ILogger<DigestPlanner> logger)
{
    private const int ChunkSize = 500;
    private const int MaxRounds = 5;

    /// <summary>The recurring job: plans the week whose send moment passed last.</summary>
    public Task<int> PlanDueWeekAsync(CancellationToken cancellationToken) => PlanAsync(schedule.LatestDueWeek(), cancellationToken);

    /// <summary>Plans one week; returns how many rows this run added.</summary>
    public async Task<int> PlanAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var added = 0;
        for (var round = 0; round < MaxRounds; round++)
        {
            var missing = await db.People
                .Where(p => p.WeeklyDigest && p.EmailConfirmed && !p.Blocked && p.CreatedAtUtc < week.DueAtUtc)
                .Where(p => !db.DigestDeliveries.Any(d => d.UserId == p.Id && d.IsoYear == week.IsoYear && d.IsoWeek == week.IsoWeek))
                .Select(p => p.Id)
                .ToListAsync(cancellationToken);
            if (missing.Count == 0)
            {
                break;
            }

            try
            {
                var now = clock.GetUtcNow().UtcDateTime;
                foreach (var chunk in missing.Chunk(ChunkSize))
                {
                    db.DigestDeliveries.AddRange(chunk.Select(id => new DigestDelivery(id, week.IsoYear, week.IsoWeek, week.DueAtUtc, now)));
                    await db.SaveChangesAsync(cancellationToken);
                    added += chunk.Length;
                }
            }
            catch (DbUpdateException)
            {
                // Another planner added some of these rows first; look again at what is still missing.
                db.ClearChangeTracker();
            }
        }

        LogPlanned(week.Label, added);
        if (added > 0)
        {
            signal.Notify();
        }

        return added;
    }

    /// <summary>
    /// Why the planner passes people over for a week, counted per reason in one grouped query: its own conditions
    /// (blocked, digest off, address not confirmed, account newer than the week's send moment), then a row for the
    /// week that is already there. Each person counts once, under the first reason that holds; the due are left out.
    /// </summary>
    public async Task<IReadOnlyDictionary<NotPlannedReason, int>> NotPlannedAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var groups = await (
                from p in db.People
                join d in db.DigestDeliveries.Where(d => d.IsoYear == week.IsoYear && d.IsoWeek == week.IsoWeek) on p.Id equals d.UserId into rows
                from d in rows.DefaultIfEmpty()
                select p.Blocked ? NotPlannedReason.Blocked
                    : !p.WeeklyDigest ? NotPlannedReason.DigestOff
                    : !p.EmailConfirmed ? NotPlannedReason.AddressUnconfirmed
                    : p.CreatedAtUtc >= week.DueAtUtc ? NotPlannedReason.NewerThanWeek
                    : d != null ? NotPlannedReason.AlreadyPlanned
                    : (NotPlannedReason?)null)
            .GroupBy(reason => reason)
            .Select(g => new { Reason = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return groups.Where(g => g.Reason is not null).ToDictionary(g => g.Reason!.Value, g => g.Count);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Digest planner: week {Week}, {Added} deliveries added")]
    private partial void LogPlanned(string week, int added);
}

/// <summary>Why the planner adds no digest for a person in a week (<see cref="DigestPlanner.NotPlannedAsync"/>), in the order an admin reads them.</summary>
public enum NotPlannedReason
{
    AlreadyPlanned = 1,
    DigestOff = 2,
    Blocked = 3,
    AddressUnconfirmed = 4,
    NewerThanWeek = 5,
}
