using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Application.Radar;

/// <summary>
/// The radar's prompt, run by the background worker on every node: when a window of works in a live project opens
/// within 18 months and nothing is coupled to it, the members of the project's municipality are told once (a
/// notification, by default in the weekly digest). Claimed per work and window with a conditional update in the
/// transaction that adds the notifications, so a second node finds it taken; a moved window is told again.
/// </summary>
public sealed partial class CouplingWindowPrompts(IAppDbContext db, IDeliverySignal signal, TimeProvider clock, ILogger<CouplingWindowPrompts> logger)
{
    /// <summary>How far ahead a window is worth a prompt: time to prepare a coupling.</summary>
    public const int MonthsAhead = 18;

    /// <summary>Tells the municipalities of the windows that came within reach; returns how many windows.</summary>
    public async Task<int> SendDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var until = today.AddMonths(MonthsAhead);
        var due = await db.Experiments.AsNoTracking()
            .Where(e => e.DeletedAtUtc == null)
            .SelectMany(e => e.Works, (e, w) => new { e.Id, e.MunicipalityId, Work = w.Id, w.Description, w.WindowFrom, w.Coupled, w.PromptedForWindow })
            .Where(x => !x.Coupled && x.WindowFrom != null && x.WindowFrom >= today && x.WindowFrom <= until && x.PromptedForWindow != x.WindowFrom)
            .OrderBy(x => x.WindowFrom).ThenBy(x => x.Work)
            .Take(200)
            .ToListAsync(cancellationToken);
        var told = 0;
        foreach (var window in due)
        {
            db.ClearChangeTracker();
            try
            {
                told += await TellAsync(window.Id, window.MunicipalityId, window.Work, window.Description, window.WindowFrom!.Value, now, cancellationToken) ? 1 : 0;
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Tried again at the next round; one window never holds up the others.
                LogPromptFailed(exception, window.Work);
            }
        }

        db.ClearChangeTracker();
        if (told > 0)
        {
            signal.Notify();
        }

        return told;
    }

    private Task<bool> TellAsync(int experimentId, int municipalityId, int workId, string description, DateOnly windowFrom, DateTime now, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async token =>
            {
                var claimed = await db.ExperimentWorks
                    .Where(w => w.Id == workId && !w.Coupled && w.WindowFrom == windowFrom && (w.PromptedForWindow == null || w.PromptedForWindow != windowFrom))
                    .ExecuteUpdateAsync(set => set.SetProperty(w => w.PromptedForWindow, windowFrom), token);
                if (claimed == 0)
                {
                    return false;
                }

                var members = await db.Memberships.Where(m => m.MunicipalityId == municipalityId).Select(m => m.UserId).ToListAsync(token);
                var month = windowFrom.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
                await Notify.AddAsync(
                    db,
                    members,
                    string.Empty,
                    new NotificationEvent(NotificationKind.CouplingWindowNear, $"window:{workId}:{month}", description, null, month, $"/experiments/{experimentId}#record"),
                    _ => true,
                    now,
                    token,
                    _ => $"/radar?municipality={municipalityId}");
                await db.SaveChangesAsync(token);
                return true;
            },
            async token => (await db.ExperimentWorks.AnyAsync(w => w.Id == workId && w.PromptedForWindow == windowFrom, token), true),
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The prompt for the coupling window of work {WorkId} failed; it is tried again at the next round.")]
    private partial void LogPromptFailed(Exception exception, int workId);
}
