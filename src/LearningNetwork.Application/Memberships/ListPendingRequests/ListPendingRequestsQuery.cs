using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships.ListPendingRequests;

public sealed record NetworkPendingRequestDto(int Id, int MunicipalityId, string Municipality, bool MunicipalityHasCoordinator, string DisplayName, string Email, string Motivation, DateTime CreatedAtUtc);

/// <summary>Every open membership request in the network, oldest first: the network admins' overview.</summary>
public sealed record ListPendingRequestsQuery : IQuery<IReadOnlyList<NetworkPendingRequestDto>>, INetworkAdminOnly;

public sealed class ListPendingRequestsHandler(IAppDbContext db) : IQueryHandler<ListPendingRequestsQuery, IReadOnlyList<NetworkPendingRequestDto>>
{
    public async ValueTask<IReadOnlyList<NetworkPendingRequestDto>> Handle(ListPendingRequestsQuery query, CancellationToken cancellationToken)
    {
        return await db.MembershipRequests.AsNoTracking()
            .Where(r => r.Status == MembershipRequestStatus.Pending)
            .OrderBy(r => r.CreatedAtUtc)
            .Join(db.Municipalities, r => r.MunicipalityId, m => m.Id, (r, m) => new { r, m.Name })
            .Join(db.People, x => x.r.UserId, p => p.Id, (x, p) => new NetworkPendingRequestDto(
                x.r.Id,
                x.r.MunicipalityId,
                x.Name,
                db.Memberships.Any(m => m.MunicipalityId == x.r.MunicipalityId && m.Role == MembershipRole.Coordinator),
                p.DisplayName,
                p.Email,
                x.r.Motivation,
                x.r.CreatedAtUtc))
            .ToListAsync(cancellationToken);
    }
}
