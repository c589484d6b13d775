using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.Login;

/// <summary>Signs in with e-mail and password; Failed for any failure, without saying which.</summary>
public sealed record LoginCommand(string Email, string Password, bool RememberMe) : ICommand<SignInOutcome>;

public sealed class LoginValidator : AbstractValidator<LoginCommand>
{
    public LoginValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password)
            .NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);
    }
}

public sealed class LoginHandler(ISignInService identity) : ICommandHandler<LoginCommand, SignInOutcome>
{
    public async ValueTask<SignInOutcome> Handle(LoginCommand command, CancellationToken cancellationToken) =>
        await identity.PasswordSignInAsync(AccountRules.NormalizeEmail(command.Email), command.Password, command.RememberMe);
}
