using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Membership;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships;

internal static class MembershipChanges
{
    /// <summary>
    /// Makes the person a member of the municipality, ending a membership elsewhere (moving). Someone already in
    /// it keeps their role; the last coordinator of another municipality cannot move away from it.
    /// </summary>
    public static async Task JoinAsync(IAppDbContext db, string userId, int municipalityId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var current = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == userId, cancellationToken);
        if (current is null)
        {
            db.Memberships.Add(new Membership(userId, municipalityId, MembershipRole.Member, nowUtc));
            return;
        }

        if (current.MunicipalityId == municipalityId)
        {
            return;
        }

        if (current.Role == MembershipRole.Coordinator && await CoordinatorCountAsync(db, current.MunicipalityId, cancellationToken) == 1)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.LastCoordinatorCannotMove)]);
        }

        current.MoveTo(municipalityId, MembershipRole.Member, nowUtc);
    }

    /// <summary>
    /// Saves, turning the database's own guards — the one-open-request and one-membership unique indexes and the
    /// request's status token — into the message a person understands when two clicks or two deciders race.
    /// </summary>
    public static async Task SaveOrExplainAsync(IAppDbContext db, string message, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, message)]);
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
