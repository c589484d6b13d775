using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;

namespace LearningNetwork.Application.Accounts.StartTwoFactorSetup;

/// <summary>Starts the set-up: a new authenticator key to add to the app.</summary>
public sealed record StartTwoFactorSetupCommand : ICommand, ISignedInOnly;

public sealed class StartTwoFactorSetupHandler(ITwoFactorService identity, ViewerProvider viewers) : ICommandHandler<StartTwoFactorSetupCommand>
{
    public async ValueTask<Unit> Handle(StartTwoFactorSetupCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        await identity.StartTwoFactorSetupAsync(viewer.UserId!);
        return Unit.Value;
    }
}
