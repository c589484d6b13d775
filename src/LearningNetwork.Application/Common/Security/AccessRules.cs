using Mediator;

namespace LearningNetwork.Application.Common.Security;

/// <summary>
/// Who may send a message about something that exists (a reflection, a comment, a question, a project, a request):
/// decided by <see cref="Behaviours.AccessBehaviour{TMessage, TResponse}"/> before the message's input is validated,
/// so an outsider's post is refused (403) or finds nothing (404) and never learns what its fields should hold.
/// Throws <see cref="Exceptions.ForbiddenException"/> or <see cref="Exceptions.NotFoundException"/>.
/// </summary>
public interface IAccessRule<in TMessage>
    where TMessage : IMessage
{
    ValueTask DemandAsync(TMessage message, Viewer viewer, CancellationToken cancellationToken);
}

/// <summary>A message only a signed-in person sends (their own account, digest, follows, reports, requests).</summary>
public interface ISignedInOnly;

/// <summary>A message only a network admin sends (moderation, municipalities, accounts, the digest planner, audit log).</summary>
public interface INetworkAdminOnly;
