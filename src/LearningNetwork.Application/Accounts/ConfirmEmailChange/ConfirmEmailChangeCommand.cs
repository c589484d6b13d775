using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Accounts.ConfirmEmailChange;

/// <summary>The link from the mail to the new address: makes it the account's e-mail and user name.</summary>
public sealed record ConfirmEmailChangeCommand(string UserId, string NewEmail, string Token) : ICommand<bool>;

public sealed class ConfirmEmailChangeHandler(IAccountService identity) : ICommandHandler<ConfirmEmailChangeCommand, bool>
{
    public async ValueTask<bool> Handle(ConfirmEmailChangeCommand command, CancellationToken cancellationToken) =>
        !string.IsNullOrWhiteSpace(command.UserId) && !string.IsNullOrWhiteSpace(command.Token) && !string.IsNullOrWhiteSpace(command.NewEmail)
        && await identity.ConfirmEmailChangeAsync(command.UserId, AccountRules.NormalizeEmail(command.NewEmail), command.Token);
}
