using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.MarkNotificationsRead;

/// <summary>Where a notification leads: the item, and the second place when it has one.</summary>
public sealed record NotificationTarget(string Url, string? ContextUrl);

/// <summary>
/// Marks one of the viewer's notifications read (<see cref="Id"/>) and returns where to read it, or all of them
/// ("alles gelezen", no id). Someone else's notification does not exist for the viewer (404).
/// </summary>
public sealed record MarkNotificationsReadCommand(long? Id) : ICommand<NotificationTarget?>, ISignedInOnly;

public sealed class MarkNotificationsReadHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<MarkNotificationsReadCommand, NotificationTarget?>
{
    public async ValueTask<NotificationTarget?> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Id is not { } id)
        {
            foreach (var unread in await db.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).ToListAsync(cancellationToken))
            {
                unread.MarkRead(now);
            }

            await db.SaveChangesAsync(cancellationToken);
            return null;
        }

        var notification = await db.Notifications.SingleOrDefaultAsync(n => n.Id == id && n.UserId == userId, cancellationToken)
            ?? throw NotFoundException.For("Notification", id);
        notification.MarkRead(now);
        await db.SaveChangesAsync(cancellationToken);
        return new NotificationTarget(notification.Url, notification.ContextUrl);
    }
}
