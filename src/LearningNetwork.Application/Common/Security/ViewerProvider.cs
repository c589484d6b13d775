using LearningNetwork.Application.Common.Interfaces;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Common.Security;

/// <summary>Loads the <see cref="Viewer"/> for this request once: one query for the membership.</summary>
public sealed class ViewerProvider(ICurrentUser currentUser, IAppDbContext db)
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

        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.MunicipalityId, m.Role })
            .SingleOrDefaultAsync(cancellationToken);
        return _viewer = new Viewer(userId, currentUser.IsNetworkAdmin, membership?.MunicipalityId, membership?.Role);
    }

    /// <summary>Someone else as a viewer, for work done on their behalf outside a request (the digest): read now.</summary>
    public static async Task<Viewer> ForUserAsync(IAppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Select(m => new { m.MunicipalityId, m.Role })
            .SingleOrDefaultAsync(cancellationToken);
        var admin = await db.NetworkAdmins.AnyAsync(p => p.Id == userId, cancellationToken);
        return new Viewer(userId, admin, membership?.MunicipalityId, membership?.Role);
    }

    /// <summary>Forgets the cached viewer after a command changed the user's own membership.</summary>
    public void Reset() => _viewer = null;
}
