using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Membership;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Common.Security;

/// <summary>
/// Loads the <see cref="Viewer"/> for this request once. Its membership is one query; a request that only reads is
/// served it from the read cache, which a change of membership retires at once on this node and which lags another
/// node's change by at most <see cref="ReadCache.Lifetime"/>. A request that changes something reads it live.
/// </summary>
public sealed class ViewerProvider(ICurrentUser currentUser, IAppDbContext db, ReadCache cache)
{
    private Viewer? _viewer;

    public async ValueTask<Viewer> GetAsync(CancellationToken cancellationToken)
    {
        if (_viewer is not null)
        {
            return _viewer;
        }

        var userId = currentUser.UserId;
        if (userId is null)
        {
            return _viewer = Viewer.Anonymous;
        }

        var membership = currentUser.IsReading
            ? await cache.GetAsync($"membership|{userId}", () => MembershipAsync(db, userId, cancellationToken))
            : await MembershipAsync(db, userId, cancellationToken);
        return _viewer = new Viewer(userId, currentUser.IsNetworkAdmin, membership.MunicipalityId, membership.Role);
    }

    /// <summary>Someone else as a viewer, for work done on their behalf outside a request (the digest): read now.</summary>
    public static async Task<Viewer> ForUserAsync(IAppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var membership = await MembershipAsync(db, userId, cancellationToken);
        var admin = await db.NetworkAdmins.AnyAsync(p => p.Id == userId, cancellationToken);
        return new Viewer(userId, admin, membership.MunicipalityId, membership.Role);
    }

    private static async Task<Member> MembershipAsync(IAppDbContext db, string userId, CancellationToken cancellationToken) =>
        await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new Member(m.MunicipalityId, m.Role))
            .SingleOrDefaultAsync(cancellationToken)
        ?? new Member(null, null);

    /// <summary>Forgets the cached viewer after a command changed the user's own membership.</summary>
    public void Reset() => _viewer = null;

    private sealed record Member(int? MunicipalityId, MembershipRole? Role);
}
