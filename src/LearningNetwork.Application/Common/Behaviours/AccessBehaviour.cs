using LearningNetwork.Application.Common.Security;
using Mediator;

namespace LearningNetwork.Application.Common.Behaviours;

/// <summary>
/// Runs before <see cref="ValidationBehaviour{TMessage, TResponse}"/>: who may send the message at all
/// (<see cref="ISignedInOnly"/>, <see cref="INetworkAdminOnly"/>), then the message's own
/// <see cref="IAccessRule{TMessage}"/>s. Permission first, then validation, then the handler.
/// </summary>
public sealed class AccessBehaviour<TMessage, TResponse>(IEnumerable<IAccessRule<TMessage>> rules, ViewerProvider viewers)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : notnull, IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var ownRules = rules as IAccessRule<TMessage>[] ?? rules.ToArray();
        if (message is ISignedInOnly or INetworkAdminOnly || ownRules.Length > 0)
        {
            var viewer = await viewers.GetAsync(cancellationToken);
            Access.Demand(viewer.MaySend(message));
            foreach (var rule in ownRules)
            {
                await rule.DemandAsync(message, viewer, cancellationToken);
            }
        }

        return await next(message, cancellationToken);
    }
}
