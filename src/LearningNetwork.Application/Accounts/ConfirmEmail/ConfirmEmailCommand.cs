using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Accounts.ConfirmEmail;

/// <summary>Confirms an e-mail address from the mailed link; false when the link is broken or expired.</summary>
public sealed record ConfirmEmailCommand(string UserId, string Token) : ICommand<bool>;

public sealed class ConfirmEmailHandler(IAccountService identity) : ICommandHandler<ConfirmEmailCommand, bool>
{
    public async ValueTask<bool> Handle(ConfirmEmailCommand command, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(command.UserId) || string.IsNullOrWhiteSpace(command.Token))
        {
            return false;
        }

        return await identity.ConfirmEmailAsync(command.UserId, command.Token);
    }
}
