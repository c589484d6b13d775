using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.CountUnreadNotifications;

/// <summary>
/// How many notifications the viewer has not read yet, for the count in the header (0 for a visitor). Asked on every
/// page, so kept per person in the read cache: a new notification or one read is a save, which retires it at once on
/// this node; one made on another node shows within <see cref="ReadCache.Lifetime"/>.
/// </summary>
public sealed record CountUnreadNotificationsQuery : IQuery<int>;

public sealed class CountUnreadNotificationsHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache) : IQueryHandler<CountUnreadNotificationsQuery, int>
{
    public async ValueTask<int> Handle(CountUnreadNotificationsQuery query, CancellationToken cancellationToken) =>
        (await viewers.GetAsync(cancellationToken)).UserId is { } userId
            ? (await cache.GetAsync($"unread|{userId}", async () => new Unread(await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken)))).Count
            : 0;

    private sealed record Unread(int Count);
}
