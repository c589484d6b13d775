using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships.SetCoordinator;

/// <summary>A coordinator or network admin makes a member a co-coordinator, or a coordinator a member again.</summary>
public sealed record SetCoordinatorCommand(int MunicipalityId, string UserId, bool Coordinator) : ICommand;

public sealed class SetCoordinatorHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SetCoordinatorCommand>
{
    public async ValueTask<Unit> Handle(SetCoordinatorCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        Access.Demand(viewer.CanManageMembersOf(command.MunicipalityId));
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.MunicipalityId == command.MunicipalityId && m.UserId == command.UserId, cancellationToken)
            ?? throw NotFoundException.For("Member", command.UserId);
        var role = command.Coordinator ? MembershipRole.Coordinator : MembershipRole.Member;
        if (membership.Role == role)
        {
            return Unit.Value;
        }

        if (!command.Coordinator && await MembershipChanges.CoordinatorCountAsync(db, command.MunicipalityId, cancellationToken) == 1 && !viewer.CanRemoveLastCoordinator())
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.LastCoordinator)]);
        }

        membership.ChangeRole(role);
        db.Record(clock, viewer.UserId, command.Coordinator ? AuditAction.CoordinatorAppointed : AuditAction.CoordinatorRevoked, command.MunicipalityId, command.UserId);
        await db.SaveChangesAsync(cancellationToken);
        viewers.Reset();
        return Unit.Value;
    }
}
