using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.ChangePassword;

/// <summary>Changes the password; every other session of this account ends at its next request.</summary>
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmPassword) : ICommand, ISignedInOnly;

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);
        RuleFor(c => c.NewPassword).ValidNewPassword();
        RuleFor(c => c.ConfirmPassword).Equal(c => c.NewPassword).WithMessage(_ => AppTexts.PasswordsDoNotMatch);
    }
}

public sealed class ChangePasswordHandler(IAccountService identity, ViewerProvider viewers) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await identity.ChangePasswordAsync(viewer.UserId!, command.CurrentPassword, command.NewPassword))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), AppTexts.CurrentPasswordWrong)]);
        }

        return Unit.Value;
    }
}
