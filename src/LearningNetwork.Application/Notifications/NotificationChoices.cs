using LearningNetwork.Domain.Notifications;

namespace LearningNetwork.Application.Notifications;

/// <summary>Which deliveries a kind offers.</summary>
public static class NotificationChoices
{
    private static readonly NotificationDelivery[] All = [NotificationDelivery.Immediately, NotificationDelivery.Weekly, NotificationDelivery.Never];

    // What one follows is always in the weekly digest (its own sections): the choice is whether it also comes at once.
    private static readonly NotificationDelivery[] Follows = [NotificationDelivery.Immediately, NotificationDelivery.Weekly];

    public static IReadOnlyList<NotificationDelivery> For(NotificationKind kind) => kind == NotificationKind.FollowedActivity ? Follows : All;

    /// <summary>What "no more mail about this" means for a kind: not at all, or for follows only in the weekly digest.</summary>
    public static NotificationDelivery Quietest(NotificationKind kind) => For(kind)[^1];
}
