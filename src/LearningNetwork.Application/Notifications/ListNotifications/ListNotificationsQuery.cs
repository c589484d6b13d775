using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.ListNotifications;

public sealed record NotificationDto(long Id, NotificationKind Kind, string Title, string? Actor, string? Detail, string Url, bool HasContext, DateTime CreatedAtUtc, bool Read, bool Seen);

public sealed record NotificationsDto(IReadOnlyList<NotificationDto> Items, int Unread);

/// <summary>The signed-in person's notifications, newest first (the latest 100), and how many are unread.</summary>
public sealed record ListNotificationsQuery : IQuery<NotificationsDto>, ISignedInOnly;

public sealed class ListNotificationsHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache) : IQueryHandler<ListNotificationsQuery, NotificationsDto>
{
    public const int Shown = 100;

    /// <summary>
    /// Kept per person, as the header's count is (ADR 0023): any save here retires it at once (a new notification,
    /// marking read or seen), another node's within the lifetime.
    /// </summary>
    public async ValueTask<NotificationsDto> Handle(ListNotificationsQuery query, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        return await cache.GetAsync($"notifications|{userId}", () => LoadAsync(userId, cancellationToken), list => list.Items.Count / 20);
    }

    private async Task<NotificationsDto> LoadAsync(string userId, CancellationToken cancellationToken)
    {
        var mine = db.Notifications.AsNoTracking().Where(n => n.UserId == userId);
        var items = await mine
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(Shown)
            .LeftJoin(db.People, n => n.ActorUserId, p => p.Id, (n, p) => new { n, Actor = p == null ? null : p.DisplayName })
            .OrderByDescending(x => x.n.CreatedAtUtc).ThenByDescending(x => x.n.Id)
            .Select(x => new NotificationDto(x.n.Id, x.n.Kind, x.n.Title, x.Actor, x.n.Detail, x.n.Url, x.n.ContextUrl != null, x.n.CreatedAtUtc, x.n.ReadAtUtc != null, x.n.SeenAtUtc != null))
            .ToListAsync(cancellationToken);
        return new NotificationsDto(items, await mine.CountAsync(n => n.ReadAtUtc == null, cancellationToken));
    }
}
