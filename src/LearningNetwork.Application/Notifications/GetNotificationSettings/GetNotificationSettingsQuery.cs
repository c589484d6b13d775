using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.GetNotificationSettings;

/// <summary>One kind of notification: how it reaches the person now, and the choices it offers.</summary>
public sealed record NotificationSettingDto(NotificationKind Kind, NotificationDelivery Delivery, NotificationDelivery Default, IReadOnlyList<NotificationDelivery> Choices);

public sealed record NotificationSettingsDto(IReadOnlyList<NotificationSettingDto> Kinds, bool WeeklyDigest, DateTime? FeedCreatedAtUtc);

/// <summary>The signed-in person's choice per kind of notification, and whether they have a private feed.</summary>
public sealed record GetNotificationSettingsQuery : IQuery<NotificationSettingsDto>, ISignedInOnly;

public sealed class GetNotificationSettingsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetNotificationSettingsQuery, NotificationSettingsDto>
{
    public async ValueTask<NotificationSettingsDto> Handle(GetNotificationSettingsQuery query, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        var chosen = await db.NotificationPreferences.Where(p => p.UserId == userId).ToDictionaryAsync(p => p.Kind, p => p.Delivery, cancellationToken);
        var digest = await db.People.Where(p => p.Id == userId).Select(p => p.WeeklyDigest).SingleAsync(cancellationToken);
        var feed = await db.NotificationFeeds.Where(f => f.UserId == userId).Select(f => (DateTime?)f.CreatedAtUtc).SingleOrDefaultAsync(cancellationToken);
        var kinds = Enum.GetValues<NotificationKind>()
            .Select(kind => new NotificationSettingDto(kind, chosen.GetValueOrDefault(kind, NotificationPreference.Default(kind)), NotificationPreference.Default(kind), NotificationChoices.For(kind)))
            .ToList();
        return new NotificationSettingsDto(kinds, digest, feed);
    }
}
