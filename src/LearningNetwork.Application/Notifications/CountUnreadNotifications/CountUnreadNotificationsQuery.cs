using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.CountUnreadNotifications;

/// <summary>How many notifications the viewer has not read yet, for the count in the header (0 for a visitor).</summary>
public sealed record CountUnreadNotificationsQuery : IQuery<int>;

public sealed class CountUnreadNotificationsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<CountUnreadNotificationsQuery, int>
{
    public async ValueTask<int> Handle(CountUnreadNotificationsQuery query, CancellationToken cancellationToken) =>
        (await viewers.GetAsync(cancellationToken)).UserId is { } userId
            ? await db.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken)
            : 0;
}
