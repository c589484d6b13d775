using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.CreateNotificationFeed;

/// <summary>
/// A new private token for the viewer's Atom feed of notifications; returned once, stored only as its hash. A token
/// made before stops working: making a new one is how a leaked address is revoked.
/// </summary>
public sealed record CreateNotificationFeedCommand : ICommand<string>, ISignedInOnly;

public sealed class CreateNotificationFeedHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<CreateNotificationFeedCommand, string>
{
    public async ValueTask<string> Handle(CreateNotificationFeedCommand command, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        var token = FeedTokens.Create();
        await db.NotificationFeeds.Where(f => f.UserId == userId).ExecuteDeleteAsync(cancellationToken);
        db.NotificationFeeds.Add(new NotificationFeed(userId, FeedTokens.Hash(token), clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }
}
