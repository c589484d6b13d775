using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;

namespace LearningNetwork.Application.Accounts.GetTwoFactorState;

/// <summary>The authenticator key and state of the signed-in user (a key is made on first use).</summary>
public sealed record GetTwoFactorStateQuery : IQuery<TwoFactorState>, ISignedInOnly;

public sealed class GetTwoFactorStateHandler(ITwoFactorService identity, ViewerProvider viewers) : IQueryHandler<GetTwoFactorStateQuery, TwoFactorState>
{
    public async ValueTask<TwoFactorState> Handle(GetTwoFactorStateQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await identity.GetTwoFactorStateAsync(viewer.UserId!);
    }
}
