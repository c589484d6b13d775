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

namespace LearningNetwork.Application.Memberships.LeaveMunicipality;

/// <summary>A member leaves their municipality; a last coordinator first appoints another.</summary>
public sealed record LeaveMunicipalityCommand : ICommand, ISignedInOnly;

public sealed class LeaveMunicipalityHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<LeaveMunicipalityCommand>
{
    public async ValueTask<Unit> Handle(LeaveMunicipalityCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == viewer.UserId, cancellationToken)
            ?? throw NotFoundException.For("Membership of", viewer.UserId!);
        if (membership.Role == MembershipRole.Coordinator && await MembershipChanges.CoordinatorCountAsync(db, membership.MunicipalityId, cancellationToken) == 1)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.LastCoordinator)]);
        }

        db.Memberships.Remove(membership);
        db.Record(clock, viewer.UserId, AuditAction.MemberLeft, membership.MunicipalityId, viewer.UserId);
        await db.SaveChangesAsync(cancellationToken);
        viewers.Reset();
        return Unit.Value;
    }
}
