using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Membership;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships;

internal static class MembershipChanges
{
    /// <summary>Makes the person a member of the municipality, ending a membership elsewhere (moving).</summary>
    public static async Task JoinAsync(IAppDbContext db, string userId, int municipalityId, MembershipRole role, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var current = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (current is null)
        {
            db.Memberships.Add(new Membership(userId, municipalityId, role, nowUtc));
        }
        else
        {
            current.MoveTo(municipalityId, role, nowUtc);
        }
    }

    public static Task<int> CoordinatorCountAsync(IAppDbContext db, int municipalityId, CancellationToken cancellationToken) =>
        db.Memberships.CountAsync(m => m.MunicipalityId == municipalityId && m.Role == MembershipRole.Coordinator, cancellationToken);

    /// <summary>Who decides a municipality's requests: its coordinators, or the network admins while it has none.</summary>
    public static async Task<IReadOnlyList<Person>> DecidersAsync(IAppDbContext db, int municipalityId, CancellationToken cancellationToken)
    {
        var coordinators = await db.Memberships
            .Where(m => m.MunicipalityId == municipalityId && m.Role == MembershipRole.Coordinator)
            .Join(db.People, m => m.UserId, p => p.Id, (_, p) => p)
            .ToListAsync(cancellationToken);
        return coordinators.Count > 0 ? coordinators : await db.NetworkAdmins.ToListAsync(cancellationToken);
    }
}
