using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using Mediator;

namespace LearningNetwork.Application.Accounts.EndSessions;

/// <summary>A network admin ends all of a person's sessions (a lost phone, a shared computer); audited.</summary>
public sealed record EndSessionsCommand(string UserId) : ICommand, INetworkAdminOnly;

public sealed class EndSessionsHandler(IPeopleAdministration identity, IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<EndSessionsCommand>
{
    public async ValueTask<Unit> Handle(EndSessionsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await identity.EndSessionsAsync(command.UserId))
        {
            throw NotFoundException.For("Person", command.UserId);
        }

        db.Record(clock, viewer.UserId, AuditAction.SessionsEnded, null, command.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
