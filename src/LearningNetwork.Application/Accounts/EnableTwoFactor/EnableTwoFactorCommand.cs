using FluentValidation;
using LearningNetwork.Application.Accounts.TwoFactor;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.EnableTwoFactor;

/// <summary>Turns on two-factor sign-in after a code from the authenticator app proves it was set up; returns recovery codes.</summary>
public sealed record EnableTwoFactorCommand(string Code) : ICommand<IReadOnlyList<string>>, ISignedInOnly;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactorCommand>
{
    public EnableTwoFactorValidator() =>
        RuleFor(c => c.Code).Must(TwoFactorRules.LooksLikeCode).WithMessage(_ => AppTexts.TwoFactorCodeInvalid);
}

public sealed class EnableTwoFactorHandler(ITwoFactorService identity, ViewerProvider viewers) : ICommandHandler<EnableTwoFactorCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(EnableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await identity.EnableTwoFactorAsync(viewer.UserId!, TwoFactorRules.Normalize(command.Code))
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.Code), AppTexts.TwoFactorCodeInvalid)]);
    }
}
