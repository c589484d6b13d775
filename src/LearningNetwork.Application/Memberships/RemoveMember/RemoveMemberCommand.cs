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

namespace LearningNetwork.Application.Memberships.RemoveMember;

/// <summary>A coordinator or network admin removes someone from the municipality; its last coordinator stays.</summary>
public sealed record RemoveMemberCommand(int MunicipalityId, string UserId) : ICommand;

public sealed class RemoveMemberHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<RemoveMemberCommand>
{
    public async ValueTask<Unit> Handle(RemoveMemberCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        Access.Demand(viewer.CanManageMembersOf(command.MunicipalityId));
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.MunicipalityId == command.MunicipalityId && m.UserId == command.UserId, cancellationToken)
            ?? throw NotFoundException.For("Member", command.UserId);
        if (membership.Role == MembershipRole.Coordinator && await MembershipChanges.CoordinatorCountAsync(db, command.MunicipalityId, cancellationToken) == 1 && !viewer.CanRemoveLastCoordinator())
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.LastCoordinator)]);
        }

        db.Memberships.Remove(membership);
        db.Record(clock, viewer.UserId, AuditAction.MemberRemoved, command.MunicipalityId, command.UserId);
        await db.SaveChangesAsync(cancellationToken);
        viewers.Reset();
        return Unit.Value;
    }
}
