using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Application.Werksessies;

/// <summary>
/// What follows a werksessie, run by the background worker on every node, each step exactly once:
/// <list type="bullet">
/// <item>a harvest whose week of corrections is over is published: its eye-openers with consent become reflections
/// (kind eye-opener, tagged with the barrier and their lessons, by the person who consented), its rewordings new
/// wordings of their questions (the old one stays in the history);</item>
/// <item>a next step past its date and not done is told to its owner (a notification; by default in the weekly digest).</item>
/// </list>
/// Each is claimed by a conditional update in the transaction that does it, so a second node finds it taken.
/// </summary>
public sealed partial class HarvestFollowUp(IAppDbContext db, IDeliverySignal signal, TimeProvider clock, ILogger<HarvestFollowUp> logger)
{
    /// <summary>Publishes the harvests due and tells the owners of steps overdue; returns how many of each.</summary>
    public async Task<(int Published, int Overdue)> RunDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.WerksessieHarvests.AsNoTracking()
            .Where(h => h.PublishedAtUtc == null && h.CorrectionsCloseAtUtc <= now)
            .OrderBy(h => h.Id).Select(h => h.Id)
            .ToListAsync(cancellationToken);
        var published = 0;
        foreach (var harvest in due)
        {
            published += await SafelyAsync(() => PublishAsync(harvest, now, cancellationToken), harvest) ? 1 : 0;
        }

        var today = DateOnly.FromDateTime(WerksessieTimes.ToLocal(now));
        var overdue = await db.HarvestNextSteps.AsNoTracking()
            .Where(s => s.DueDate < today && s.DoneAtUtc == null && s.OverdueNotifiedAtUtc == null)
            .Join(db.WerksessieHarvests, s => s.HarvestId, h => h.Id, (s, h) => new { s.Id, s.Description, s.OwnerUserId, s.DueDate, h.WerksessieId })
            .OrderBy(s => s.Id)
            .ToListAsync(cancellationToken);
        var told = 0;
        foreach (var step in overdue)
        {
            told += await SafelyAsync(() => TellOverdueAsync(step.Id, step.Description, step.OwnerUserId, step.DueDate, step.WerksessieId, now, cancellationToken), step.Id) ? 1 : 0;
        }

        db.ClearChangeTracker();
        if (published + told > 0)
        {
            signal.Notify();
        }

        return (published, told);
    }

    private async Task<bool> SafelyAsync(Func<Task<bool>> work, int id)
    {
        db.ClearChangeTracker();
        try
        {
            return await work();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // Tried again at the next round; one harvest or step never holds up the others.
            LogFollowUpFailed(exception, id);
            return false;
        }
    }

    private Task<bool> PublishAsync(int harvestId, DateTime now, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async token =>
            {
                var claimed = await db.WerksessieHarvests
                    .Where(h => h.Id == harvestId && h.PublishedAtUtc == null)
                    .ExecuteUpdateAsync(set => set.SetProperty(h => h.PublishedAtUtc, now).SetProperty(h => h.Version, h => h.Version + 1), token);
                if (claimed == 0)
                {
                    // Another node published it first.
                    return false;
                }

                var harvest = await db.WerksessieHarvests.Include(h => h.EyeOpeners).Include(h => h.Rewordings).SingleAsync(h => h.Id == harvestId, token);
                var werksessie = await db.Werksessies.AsNoTracking().Where(w => w.Id == harvest.WerksessieId).Select(w => new { w.BarrierNumber }).SingleAsync(token);
                var projectIds = harvest.EyeOpeners.Select(e => e.ExperimentId).ToList();
                var live = await db.Experiments.Where(e => projectIds.Contains(e.Id) && e.DeletedAtUtc == null).Select(e => e.Id).ToListAsync(token);
                var created = new List<(HarvestEyeOpener EyeOpener, Reflection Reflection)>();
                foreach (var eyeOpener in harvest.EyeOpeners.Where(e => e.ConsentByUserId is not null && e.ReflectionId is null && live.Contains(e.ExperimentId)))
                {
                    var reflection = new Reflection(eyeOpener.ExperimentId, eyeOpener.ConsentByUserId!, ReflectionKind.EyeOpener, eyeOpener.Title, eyeOpener.BodyMarkdown, eyeOpener.BodyHtml, eyeOpener.Lessons, [werksessie.BarrierNumber], null, now);
                    db.Reflections.Add(reflection);
                    created.Add((eyeOpener, reflection));
                }

                var questionIds = harvest.Rewordings.Select(r => r.QuestionId).ToList();
                var questions = await db.LearningQuestions.Where(q => questionIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, token);
                foreach (var rewording in harvest.Rewordings.Where(r => questions.ContainsKey(r.QuestionId) && questions[r.QuestionId].Text != r.Text))
                {
                    questions[rewording.QuestionId].Reformulate(rewording.Text, rewording.Note, rewording.ChangedByUserId, now);
                }

                await db.SaveChangesAsync(token);
                foreach (var (eyeOpener, reflection) in created)
                {
                    eyeOpener.BecameReflection(reflection.Id);
                    await FollowNotifications.AddForReflectionAsync(db, reflection, reflection.AuthorUserId, now, token);
                }

                await db.SaveChangesAsync(token);
                return true;
            },
            async token => (await db.WerksessieHarvests.AnyAsync(h => h.Id == harvestId && h.PublishedAtUtc == now, token), true),
            cancellationToken);

    private Task<bool> TellOverdueAsync(int stepId, string description, string ownerUserId, DateOnly dueDate, int werksessieId, DateTime now, CancellationToken cancellationToken) =>
        db.InTransactionAsync(
            async token =>
            {
                // Only if no one told first, and the step is still as it was read (same owner and date, not done).
                var claimed = await db.HarvestNextSteps
                    .Where(s => s.Id == stepId && s.OverdueNotifiedAtUtc == null && s.DoneAtUtc == null && s.DueDate == dueDate && s.OwnerUserId == ownerUserId)
                    .ExecuteUpdateAsync(set => set.SetProperty(s => s.OverdueNotifiedAtUtc, now), token);
                if (claimed == 0)
                {
                    return false;
                }

                var date = dueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
                await Notify.AddAsync(
                    db,
                    [ownerUserId],
                    string.Empty,
                    new NotificationEvent(NotificationKind.NextStepOverdue, $"nextstep:{stepId}:{date}", description, null, date, $"/werksessies/{werksessieId}/harvest"),
                    _ => true,
                    now,
                    token);
                await db.SaveChangesAsync(token);
                return true;
            },
            async token => (await db.HarvestNextSteps.AnyAsync(s => s.Id == stepId && s.OverdueNotifiedAtUtc == now, token), true),
            cancellationToken);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The follow-up of werksessie harvest or next step {Id} failed; it is tried again at the next round.")]
    private partial void LogFollowUpFailed(Exception exception, int id);
}
