using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships.WithdrawMembershipRequest;

/// <summary>The requester withdraws their own open request.</summary>
public sealed record WithdrawMembershipRequestCommand : ICommand, ISignedInOnly;

public sealed class WithdrawMembershipRequestHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<WithdrawMembershipRequestCommand>
{
    public async ValueTask<Unit> Handle(WithdrawMembershipRequestCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var request = await db.MembershipRequests.SingleOrDefaultAsync(r => r.UserId == viewer.UserId && r.Status == MembershipRequestStatus.Pending, cancellationToken)
            ?? throw NotFoundException.For("Open membership request of", viewer.UserId!);
        request.Withdraw(clock.GetUtcNow().UtcDateTime);
        db.Record(clock, viewer.UserId, AuditAction.MembershipRequestWithdrawn, request.MunicipalityId, viewer.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
