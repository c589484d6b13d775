using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.ResetPassword;

/// <summary>Sets a new password from a mailed reset link; false when the link is invalid or expired.</summary>
public sealed record ResetPasswordCommand(string Email, string Token, string Password, string ConfirmPassword) : ICommand<bool>;

public sealed class ResetPasswordValidator : AbstractValidator<ResetPasswordCommand>
{
    public ResetPasswordValidator()
    {
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Token).NotEmpty().WithMessage(_ => AppTexts.ResetLinkInvalid);
        RuleFor(c => c.Password).ValidNewPassword();
        RuleFor(c => c.ConfirmPassword)
            .Equal(c => c.Password).WithMessage(_ => AppTexts.PasswordsDoNotMatch);
    }
}

public sealed class ResetPasswordHandler(IAccountService identity) : ICommandHandler<ResetPasswordCommand, bool>
{
    public async ValueTask<bool> Handle(ResetPasswordCommand command, CancellationToken cancellationToken) =>
        await identity.ResetPasswordAsync(AccountRules.NormalizeEmail(command.Email), command.Token, command.Password);
}
