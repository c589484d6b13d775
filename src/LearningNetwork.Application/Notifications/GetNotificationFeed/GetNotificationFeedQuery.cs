using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.GetNotificationFeed;

public sealed record NotificationFeedEntry(long Id, string Text, string Url, string? ContextUrl, DateTime CreatedAtUtc);

/// <summary>The feed's title, the language the entries are written in (the owner's), and the newest entries.</summary>
public sealed record NotificationFeedDto(string Title, string Language, IReadOnlyList<NotificationFeedEntry> Entries);

/// <summary>
/// The private Atom feed of one person's notifications, read by a feed reader without signing in: the token is the
/// proof. Null (404) for a token that is unknown or revoked, or whose account is blocked.
/// </summary>
public sealed record GetNotificationFeedQuery(string Token) : IQuery<NotificationFeedDto?>;

public sealed class GetNotificationFeedHandler(IAppDbContext db) : IQueryHandler<GetNotificationFeedQuery, NotificationFeedDto?>
{
    public const int Entries = 50;

    public async ValueTask<NotificationFeedDto?> Handle(GetNotificationFeedQuery query, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(query.Token) || query.Token.Length > 100)
        {
            return null;
        }

        var hash = FeedTokens.Hash(query.Token);
        var owner = await db.NotificationFeeds.Where(f => f.TokenHash == hash)
            .Join(db.People, f => f.UserId, p => p.Id, (f, p) => new { p.Id, p.DisplayName, p.PreferredLanguage, p.Blocked })
            .SingleOrDefaultAsync(cancellationToken);
        if (owner is null || owner.Blocked)
        {
            return null;
        }

        var rows = await db.Notifications.AsNoTracking()
            .Where(n => n.UserId == owner.Id)
            .OrderByDescending(n => n.CreatedAtUtc).ThenByDescending(n => n.Id)
            .Take(Entries)
            .LeftJoin(db.People, n => n.ActorUserId, p => p.Id, (n, p) => new { n.Id, n.Kind, n.Title, Actor = p == null ? null : p.DisplayName, n.Detail, n.Url, n.ContextUrl, n.CreatedAtUtc })
            .OrderByDescending(x => x.CreatedAtUtc).ThenByDescending(x => x.Id)
            .ToListAsync(cancellationToken);
        using var _ = new Common.Localization.CultureScope(owner.PreferredLanguage);
        return new NotificationFeedDto(
            string.Format(System.Globalization.CultureInfo.CurrentCulture, Resources.AppTexts.NotificationFeedTitle, owner.DisplayName),
            System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName,
            rows.Select(r => new NotificationFeedEntry(r.Id, NotificationTexts.Sentence(r.Kind, r.Actor, r.Title, r.Detail), r.Url, r.ContextUrl, r.CreatedAtUtc)).ToList());
    }
}
