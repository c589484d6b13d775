using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Accounts.ForgotPassword;

/// <summary>Mails a reset link when the address has a confirmed account; the page answers the same either way.</summary>
public sealed record ForgotPasswordCommand(string Email) : ICommand;

public sealed class ForgotPasswordValidator : AbstractValidator<ForgotPasswordCommand>
{
    public ForgotPasswordValidator() => RuleFor(c => c.Email).ValidEmail();
}

public sealed class ForgotPasswordHandler(IAccountService identity, IMailSender mail, IPortalLinks links) : ICommandHandler<ForgotPasswordCommand>
{
    public async ValueTask<Unit> Handle(ForgotPasswordCommand command, CancellationToken cancellationToken)
    {
        var ticket = await identity.CreatePasswordResetAsync(AccountRules.NormalizeEmail(command.Email));
        if (ticket is not null)
        {
            var message = AccountMails.ResetPassword(ticket.Email, ticket.DisplayName, ticket.Language, links.ResetPassword(ticket.Email, ticket.Token));
            await mail.SendAsync(message, cancellationToken);
        }

        return Unit.Value;
    }
}
