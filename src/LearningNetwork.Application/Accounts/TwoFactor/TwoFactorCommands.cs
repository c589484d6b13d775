using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.TwoFactor;

/// <summary>The authenticator key and state of the signed-in user (a key is made on first use).</summary>
public sealed record GetTwoFactorStateQuery : IQuery<TwoFactorState>, ISignedInOnly;

public sealed class GetTwoFactorStateHandler(IIdentityService identity, ViewerProvider viewers) : IQueryHandler<GetTwoFactorStateQuery, TwoFactorState>
{
    public async ValueTask<TwoFactorState> Handle(GetTwoFactorStateQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await identity.GetTwoFactorStateAsync(viewer.UserId!);
    }
}

/// <summary>Turns on two-factor sign-in after a code from the authenticator app proves it was set up; returns recovery codes.</summary>
public sealed record EnableTwoFactorCommand(string Code) : ICommand<IReadOnlyList<string>>, ISignedInOnly;

public sealed class EnableTwoFactorValidator : AbstractValidator<EnableTwoFactorCommand>
{
    public EnableTwoFactorValidator() =>
        RuleFor(c => c.Code).Must(TwoFactorRules.LooksLikeCode).WithMessage(_ => AppTexts.TwoFactorCodeInvalid);
}

public sealed class EnableTwoFactorHandler(IIdentityService identity, ViewerProvider viewers) : ICommandHandler<EnableTwoFactorCommand, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(EnableTwoFactorCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await identity.EnableTwoFactorAsync(viewer.UserId!, TwoFactorRules.Normalize(command.Code))
            ?? throw new ValidationException([new FluentValidation.Results.ValidationFailure(nameof(command.Code), AppTexts.TwoFactorCodeInvalid)]);
    }
}

/// <summary>Starts the set-up: a new authenticator key to add to the app.</summary>
public sealed record StartTwoFactorSetupCommand : ICommand, ISignedInOnly;

public sealed class StartTwoFactorSetupHandler(IIdentityService identity, ViewerProvider viewers) : ICommandHandler<StartTwoFactorSetupCommand>
{
    public async ValueTask<Unit> Handle(StartTwoFactorSetupCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        await identity.StartTwoFactorSetupAsync(viewer.UserId!);
        return Unit.Value;
    }
}

/// <summary>Turns two-factor sign-in off; the password must be re-entered, so a taken-over session cannot do it.</summary>
public sealed record DisableTwoFactorCommand(string Password) : ICommand, ISignedInOnly;

public sealed class DisableTwoFactorValidator : AbstractValidator<DisableTwoFactorCommand>
{
    public DisableTwoFactorValidator() =>
        RuleFor(c => c.Password).NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);
}

public sealed class DisableTwoFactorHandler(IIdentityService identity, ViewerProvider viewers) : ICommandHandler<DisableTwoFactorCommand>
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

/// <summary>The second sign-in step: a six-digit authenticator code or a recovery code.</summary>
public sealed record LoginWithTwoFactorCommand(string Code, bool IsRecoveryCode, bool RememberMe) : ICommand<bool>;

public sealed class LoginWithTwoFactorValidator : AbstractValidator<LoginWithTwoFactorCommand>
{
    public LoginWithTwoFactorValidator() =>
        RuleFor(c => c.Code)
            .Must((c, code) => c.IsRecoveryCode ? !string.IsNullOrWhiteSpace(code) && code.Length <= 50 : TwoFactorRules.LooksLikeCode(code))
            .WithMessage(_ => AppTexts.TwoFactorCodeInvalid);
}

public sealed class LoginWithTwoFactorHandler(IIdentityService identity) : ICommandHandler<LoginWithTwoFactorCommand, bool>
{
    public async ValueTask<bool> Handle(LoginWithTwoFactorCommand command, CancellationToken cancellationToken) =>
        await identity.TwoFactorSignInAsync(command.IsRecoveryCode ? command.Code.Trim() : TwoFactorRules.Normalize(command.Code), command.IsRecoveryCode, command.RememberMe);
}

internal static class TwoFactorRules
{
    public static string Normalize(string? code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    public static bool LooksLikeCode(string? code)
    {
        var digits = Normalize(code);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit);
    }
}
