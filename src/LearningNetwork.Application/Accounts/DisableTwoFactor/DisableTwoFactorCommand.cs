using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.DisableTwoFactor;

/// <summary>Turns two-factor sign-in off; the password must be re-entered, so a taken-over session cannot do it.</summary>
public sealed record DisableTwoFactorCommand(string Password) : ICommand, ISignedInOnly;

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorValidator() =>
        RuleFor(c => c.Password).NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);
}

public sealed class DisableTwoFactorHandler(ITwoFactorService identity, ViewerProvider viewers) : ICommandHandler<DisableTwoFactorCommand>
{
    public async ValueTask<Unit> Handle(DisableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await identity.DisableTwoFactorAsync(viewer.UserId!, command.Password))
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.Password), AppTexts.CurrentPasswordWrong)]);
        }

        return Unit.Value;
    }
}
