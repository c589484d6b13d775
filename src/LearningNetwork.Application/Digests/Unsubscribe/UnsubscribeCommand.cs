using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Digests.Unsubscribe;

public enum UnsubscribeOutcome
{
    Unsubscribed = 1,
    InvalidLink = 2,
}

/// <summary>One-click unsubscribe (RFC 8058): the signed token names the person; no sign-in needed.</summary>
public sealed record UnsubscribeCommand(string Token) : ICommand<UnsubscribeOutcome>;

public sealed class UnsubscribeHandler(IAccountService identity, IUnsubscribeTokens tokens) : ICommandHandler<UnsubscribeCommand, UnsubscribeOutcome>
{
    public async ValueTask<UnsubscribeOutcome> Handle(UnsubscribeCommand command, CancellationToken cancellationToken) =>
        tokens.Read(command.Token) is { } userId && await identity.SetDigestAsync(userId, weeklyDigest: false, language: null)
            ? UnsubscribeOutcome.Unsubscribed
            : UnsubscribeOutcome.InvalidLink;
}
