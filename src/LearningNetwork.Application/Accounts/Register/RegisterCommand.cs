using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.Register;

/// <summary>
/// Creates an account and mails a confirmation link. An address that already has an account gets a mail saying
/// so instead, and the page answers the same either way, so the form does not reveal who is registered.
/// </summary>
public sealed record RegisterCommand(string Email, string DisplayName, string Password, string ConfirmPassword, string Language) : ICommand;

public sealed class RegisterValidator : AbstractValidator<RegisterCommand>
{
    public RegisterValidator()
    {
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.Email).ValidEmail();
        RuleFor(c => c.Password).ValidNewPassword();
        RuleFor(c => c.ConfirmPassword)
            .Equal(c => c.Password).WithMessage(_ => AppTexts.PasswordsDoNotMatch);
        RuleFor(c => c.Language).ValidLanguage();
    }
}

public sealed class RegisterHandler(IAccountService identity, IMailSender mail, IPortalLinks links) : ICommandHandler<RegisterCommand>
{
    public async ValueTask<Unit> Handle(RegisterCommand command, CancellationToken cancellationToken)
    {
        var email = AccountRules.NormalizeEmail(command.Email);
        var result = await identity.RegisterAsync(email, command.DisplayName.Trim(), command.Password, command.Language.ToLowerInvariant(), cancellationToken);

        var message = result.Status == RegistrationStatus.Created
            ? AccountMails.ConfirmEmail(email, result.DisplayName, result.Language, links.ConfirmEmail(result.UserId, result.EmailConfirmationToken))
            : AccountMails.AlreadyRegistered(email, result.DisplayName, result.Language, links.Login(), links.ForgotPassword());

        await mail.SendAsync(message, cancellationToken);
        return Unit.Value;
    }
}
