using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using Mediator;

namespace LearningNetwork.Application.Digests.SaveDigestSettings;

/// <summary>The digest on or off, and the language of mail.</summary>
public sealed record SaveDigestSettingsCommand(bool WeeklyDigest, string Language) : ICommand, ISignedInOnly;

public sealed class SaveDigestSettingsValidator : AbstractValidator<SaveDigestSettingsCommand>
{
    public SaveDigestSettingsValidator() =>
        RuleFor(c => c.Language).Must(Languages.IsSupported).WithMessage(_ => AppTexts.LanguageUnknown);
}

public sealed class SaveDigestSettingsHandler(IAccountService identity, ViewerProvider viewers) : ICommandHandler<SaveDigestSettingsCommand>
{
    public async ValueTask<Unit> Handle(SaveDigestSettingsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        await identity.SetDigestAsync(viewer.UserId!, command.WeeklyDigest, command.Language.ToLowerInvariant());
        return Unit.Value;
    }
}
