using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications;

/// <summary>A notification as the weekly digest lists it: its sentence's parts and where to read it.</summary>
public sealed record WeeklyNotification(NotificationKind Kind, string Title, string? Actor, string? Detail, string Url, string? ContextUrl, DateTime CreatedAtUtc);

/// <summary>
/// What the weekly digest tells of a person's notifications: those of [from, to) of a kind they want weekly and not yet
/// read. Follow-ups are left out: the digest's own sections already list what the person follows.
/// </summary>
public static class WeeklyNotifications
{
    public static async Task<IReadOnlyList<WeeklyNotification>> LoadAsync(IAppDbContext db, string userId, DateTime fromUtc, DateTime toUtc, int max, CancellationToken cancellationToken)
    {
        var byDefault = NotificationPreference.WeeklyByDefault;
        return await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId && n.CreatedAtUtc >= fromUtc && n.CreatedAtUtc < toUtc && n.ReadAtUtc == null && n.Kind != NotificationKind.FollowedActivity)
            .Where(n => db.NotificationPreferences.Any(p => p.UserId == userId && p.Kind == n.Kind && p.Delivery == NotificationDelivery.Weekly)
                || (byDefault.Contains(n.Kind) && !db.NotificationPreferences.Any(p => p.UserId == userId && p.Kind == n.Kind)))
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(max)
            .LeftJoin(db.People, n => n.ActorUserId, p => p.Id, (n, p) => new WeeklyNotification(n.Kind, n.Title, p == null ? null : p.DisplayName, n.Detail, n.Url, n.ContextUrl, n.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }
}
