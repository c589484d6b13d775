using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.UnsubscribeNotifications;

/// <summary>The kinds a one-click unsubscribe stopped; null when the link was tampered with, has expired or names no account.</summary>
public sealed record UnsubscribedKinds(IReadOnlyList<NotificationKind> Kinds);

/// <summary>
/// One-click unsubscribe (RFC 8058) from kinds of notification mail: the signed token names the person and the kinds;
/// no sign-in needed. Each kind then reaches the person in the portal only (follows: in the weekly digest only).
/// </summary>
public sealed record UnsubscribeNotificationsCommand(string Token) : ICommand<UnsubscribedKinds?>;

public sealed class UnsubscribeNotificationsHandler(IAppDbContext db, IUnsubscribeTokens tokens) : ICommandHandler<UnsubscribeNotificationsCommand, UnsubscribedKinds?>
{
    public async ValueTask<UnsubscribedKinds?> Handle(UnsubscribeNotificationsCommand command, CancellationToken cancellationToken)
    {
        if (tokens.ReadForNotifications(command.Token) is not { } read || !await db.People.AnyAsync(p => p.Id == read.UserId, cancellationToken))
        {
            return null;
        }

        await NotificationPreferences.SetAsync(db, read.UserId, read.Kinds.Distinct().ToDictionary(k => k, NotificationChoices.Quietest), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new UnsubscribedKinds(read.Kinds);
    }
}
