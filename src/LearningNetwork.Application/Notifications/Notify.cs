using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications;

/// <summary>What one event tells: its kind, what it names it by, and what the notification shows.</summary>
internal sealed record NotificationEvent(NotificationKind Kind, string SubjectKey, string Title, string? ActorUserId, string? Detail, string Url);

/// <summary>
/// Adds the notifications of an event to the caller's save: once per person and event (a unique row), never to the
/// one who caused it, and only to those who may read what it is about. A fixed number of queries, whatever the
/// number of recipients.
/// </summary>
internal static class Notify
{
    /// <param name="mayRead">Whether a recipient, as a viewer, may read what the event is about: decided in memory from what the caller loaded once.</param>
    public static async Task AddAsync(
        IAppDbContext db,
        IEnumerable<string> recipients,
        string actorUserId,
        NotificationEvent what,
        Func<Viewer, bool> mayRead,
        DateTime nowUtc,
        CancellationToken cancellationToken)
    {
        var people = recipients.Where(r => r != actorUserId).Distinct().ToList();
        if (people.Count == 0)
        {
            return;
        }

        var told = await db.Notifications
            .Where(n => people.Contains(n.UserId) && n.Kind == what.Kind && n.SubjectKey == what.SubjectKey)
            .Select(n => n.UserId)
            .ToListAsync(cancellationToken);
        var memberships = await db.Memberships
            .Where(m => people.Contains(m.UserId))
            .Select(m => new { m.UserId, m.MunicipalityId, m.Role })
            .ToDictionaryAsync(m => m.UserId, cancellationToken);
        foreach (var person in people.Except(told))
        {
            var membership = memberships.GetValueOrDefault(person);
            if (mayRead(new Viewer(person, false, membership?.MunicipalityId, membership?.Role)))
            {
                db.Notifications.Add(new Notification(person, what.Kind, what.SubjectKey, what.Title, what.ActorUserId, what.Detail, what.Url, nowUtc));
            }
        }
    }
}

/// <summary>A reflection as its notifications need it: its title and author, and who may read it (one query).</summary>
internal sealed record ReflectionAudience(string Title, string AuthorUserId, bool Hidden, bool ProjectDeleted, Domain.Common.Visibility Visibility, int MunicipalityId)
{
    public static Task<ReflectionAudience> LoadAsync(IAppDbContext db, int reflectionId, CancellationToken cancellationToken) =>
        db.Reflections.Where(r => r.Id == reflectionId)
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new ReflectionAudience(r.Title, r.AuthorUserId, r.HiddenAtUtc != null, e.DeletedAtUtc != null, e.Visibility, e.MunicipalityId))
            .SingleAsync(cancellationToken);

    /// <summary>As on the reflection's page: not hidden, on a live project the reader may read.</summary>
    public bool MayRead(Viewer reader) => !Hidden && !ProjectDeleted && reader.CanRead(Visibility, MunicipalityId);
}

/// <summary>The flagship event: a project overcomes a barrier that still blocks projects of other municipalities.</summary>
internal static class BarrierNotifications
{
    /// <summary>
    /// Tells the members of every other municipality with a live project still blocked by a barrier this project
    /// newly overcame. A draft is read by its own municipality only, so it tells no one.
    /// </summary>
    public static async Task AddAsync(IAppDbContext db, Domain.Experiments.Experiment experiment, IReadOnlySet<int> overcomeBefore, string actorUserId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        if (experiment.Visibility == Domain.Common.Visibility.Draft)
        {
            return;
        }

        var newly = experiment.Barriers
            .Where(b => b.State == Domain.Experiments.BarrierState.Overcome && !overcomeBefore.Contains(b.BarrierNumber))
            .Select(b => b.BarrierNumber)
            .ToList();
        foreach (var number in newly)
        {
            var blocked = db.Experiments.Where(e => e.MunicipalityId != experiment.MunicipalityId && e.DeletedAtUtc == null
                && e.Barriers.Any(b => b.BarrierNumber == number && b.State == Domain.Experiments.BarrierState.StillBlocking));
            var recipients = await db.Memberships
                .Where(m => blocked.Any(e => e.MunicipalityId == m.MunicipalityId))
                .Select(m => m.UserId)
                .ToListAsync(cancellationToken);
            await Notify.AddAsync(
                db,
                recipients,
                actorUserId,
                new(NotificationKind.BarrierOvercomeElsewhere, $"overcome:{experiment.Id}:{number}", experiment.Title, null, number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"/experiments/{experiment.Id}"),
                _ => true,
                nowUtc,
                cancellationToken);
        }
    }
}
