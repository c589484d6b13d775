using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Notifications;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Notifications.SaveNotificationSettings;

/// <summary>The signed-in person's choice per kind: at once, weekly or in the portal only. Kinds left out keep their choice.</summary>
public sealed record SaveNotificationSettingsCommand(IReadOnlyDictionary<NotificationKind, NotificationDelivery> Deliveries) : ICommand, ISignedInOnly;

public sealed class SaveNotificationSettingsValidator : AbstractValidator<SaveNotificationSettingsCommand>
{
    public SaveNotificationSettingsValidator() =>
        RuleForEach(c => c.Deliveries)
            .Must(pair => Enum.IsDefined(pair.Key) && Enum.IsDefined(pair.Value) && NotificationChoices.For(pair.Key).Contains(pair.Value))
            .WithMessage(_ => AppTexts.NotificationDeliveryUnknown);
}

public sealed class SaveNotificationSettingsHandler(IAppDbContext db, ViewerProvider viewers) : ICommandHandler<SaveNotificationSettingsCommand>
{
    public async ValueTask<Unit> Handle(SaveNotificationSettingsCommand command, CancellationToken cancellationToken)
    {
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        await NotificationPreferences.SetAsync(db, userId, command.Deliveries, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
