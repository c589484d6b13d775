using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.MarkNotificationsSeen;

/// <summary>
/// The notifications page showed these to the viewer: they are seen (still unread), so no mail tells them again.
/// Ids of someone else's notifications change nothing.
/// </summary>
public sealed record MarkNotificationsSeenCommand(IReadOnlyList<long> Ids) : ICommand, ISignedInOnly;

public sealed class MarkNotificationsSeenHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock, ReadCache cache) : ICommandHandler<MarkNotificationsSeenCommand>
{
    public async ValueTask<Unit> Handle(MarkNotificationsSeenCommand command, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        var now = clock.GetUtcNow().UtcDateTime;
        var ids = command.Ids.Take(ListNotifications.ListNotificationsHandler.Shown).ToList();
        var marked = await db.Notifications
            .Where(n => n.UserId == userId && ids.Contains(n.Id) && n.SeenAtUtc == null)
            .ExecuteUpdateAsync(set => set.SetProperty(n => n.SeenAtUtc, now), cancellationToken);

        // A bulk update passes by the save that retires the read cache: the kept list would go on offering them as unseen.
        if (marked > 0)
        {
            cache.Changed(list: false);
        }

        return Unit.Value;
    }
}
