using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Notifications;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications;

/// <summary>Stores a person's choices: a row only where the choice differs from the kind's default.</summary>
internal static class NotificationPreferences
{
    public static async Task SetAsync(IAppDbContext db, string userId, IReadOnlyDictionary<NotificationKind, NotificationDelivery> deliveries, CancellationToken cancellationToken)
    {
        var rows = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, cancellationToken);
        foreach (var (kind, delivery) in deliveries)
        {
            var row = rows.GetValueOrDefault(kind);
            if (delivery == NotificationPreference.Default(kind))
            {
                if (row is not null)
                {
                    db.NotificationPreferences.Remove(row);
                }
            }
            else if (row is null)
            {
                db.NotificationPreferences.Add(new NotificationPreference(userId, kind, delivery));
            }
            else
            {
                row.Delivery = delivery;
            }
        }
    }
}
