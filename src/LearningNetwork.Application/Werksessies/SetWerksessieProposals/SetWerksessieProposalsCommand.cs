using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.SetWerksessieProposals;

/// <summary>
/// A coordinator (or a network admin) decides whether the portal may propose their municipality for werksessies to
/// municipalities still blocked by a barrier it overcame. Audited as a change to the municipality.
/// </summary>
public sealed record SetWerksessieProposalsCommand(int MunicipalityId, bool Proposed) : ICommand, ISignedInOnly;

public sealed class SetWerksessieProposalsHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SetWerksessieProposalsCommand>
{
    public async ValueTask<Unit> Handle(SetWerksessieProposalsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == command.MunicipalityId, cancellationToken)
            ?? throw NotFoundException.For("Municipality", command.MunicipalityId);
        Access.Demand(viewer.CanManageMembersOf(municipality.Id));
        if (municipality.ProposedForWerksessies == command.Proposed)
        {
            return Unit.Value;
        }

        municipality.SetProposedForWerksessies(command.Proposed);
        db.Record(clock, viewer.UserId, AuditAction.MunicipalityUpdated, municipality.Id, details: command.Proposed ? "werksessies: proposed" : "werksessies: not proposed");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
