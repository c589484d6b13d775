using FluentValidation;
using LearningNetwork.Application.Accounts.TwoFactor;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.LoginWithTwoFactor;

/// <summary>The second sign-in step: a six-digit authenticator code or a recovery code.</summary>
public sealed record LoginWithTwoFactorCommand(string Code, bool IsRecoveryCode, bool RememberMe) : ICommand<bool>;

public sealed class LoginWithTwoFactorValidator : AbstractValidator<LoginWithTwoFactorCommand>
{
    public LoginWithTwoFactorValidator() =>
        RuleFor(c => c.Code)
            .Must((c, code) => c.IsRecoveryCode ? !string.IsNullOrWhiteSpace(code) && code.Length <= 50 : TwoFactorRules.LooksLikeCode(code))
            .WithMessage(_ => AppTexts.TwoFactorCodeInvalid);
}

public sealed class LoginWithTwoFactorHandler(ISignInService identity) : ICommandHandler<LoginWithTwoFactorCommand, bool>
{
    public async ValueTask<bool> Handle(LoginWithTwoFactorCommand command, CancellationToken cancellationToken) =>
        await identity.TwoFactorSignInAsync(command.IsRecoveryCode ? command.Code.Trim() : TwoFactorRules.Normalize(command.Code), command.IsRecoveryCode, command.RememberMe);
}
