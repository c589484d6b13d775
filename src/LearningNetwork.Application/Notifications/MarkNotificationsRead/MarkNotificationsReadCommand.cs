using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.MarkNotificationsRead;

/// <summary>
/// Marks one of the viewer's notifications read (<see cref="Id"/>) and returns where to read it, or all of them
/// ("alles gelezen", no id). Someone else's notification does not exist for the viewer (404).
/// </summary>
public sealed record MarkNotificationsReadCommand(long? Id) : ICommand<string?>, ISignedInOnly;

public sealed class MarkNotificationsReadHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<MarkNotificationsReadCommand, string?>
{
    public async ValueTask<string?> Handle(MarkNotificationsReadCommand command, CancellationToken cancellationToken)
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
        return notification.Url;
    }
}
