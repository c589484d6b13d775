using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Accounts.Logout;

public sealed record LogoutCommand : ICommand;

public sealed class LogoutHandler(ISignInService identity) : ICommandHandler<LogoutCommand>
{
    public async ValueTask<Unit> Handle(LogoutCommand command, CancellationToken cancellationToken)
    {
        await identity.SignOutAsync();
        return Unit.Value;
    }
}
