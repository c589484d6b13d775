using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.RevokeNotificationFeed;

/// <summary>The viewer's feed address stops working at once.</summary>
public sealed record RevokeNotificationFeedCommand : ICommand, ISignedInOnly;

public sealed class RevokeNotificationFeedHandler(IAppDbContext db, ViewerProvider viewers) : ICommandHandler<RevokeNotificationFeedCommand>
{
    public async ValueTask<Unit> Handle(RevokeNotificationFeedCommand command, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        await db.NotificationFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
