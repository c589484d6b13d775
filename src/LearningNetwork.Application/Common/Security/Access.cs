using System.Linq.Expressions;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Domain.Common;

namespace LearningNetwork.Application.Common.Security;

/// <summary>
/// Who may do what, in one place (README, "Who may do what"): visitors read Public; signed-in readers also read Network;
/// members read their own municipality's Drafts and write its content; coordinators and network admins
/// manage a municipality's members; network admins manage municipalities.
/// </summary>
public static class Access
{
    public static bool CanRead(this Viewer viewer, Visibility visibility, int ownerMunicipalityId) => visibility switch
    {
        Visibility.Public => true,
        Visibility.Network => viewer.IsAuthenticated,
        _ => viewer.MunicipalityId == ownerMunicipalityId,
    };

    public static bool CanEditContentOf(this Viewer viewer, int municipalityId) => viewer.MunicipalityId == municipalityId;

    public static bool CanManageMembersOf(this Viewer viewer, int municipalityId) =>
        viewer.IsNetworkAdmin || (viewer.IsCoordinator && viewer.MunicipalityId == municipalityId);

    public static bool CanManageMunicipalities(this Viewer viewer) => viewer.IsNetworkAdmin;

    /// <summary>People's names and roles are for signed-in users of the network, not for the open web.</summary>
    public static bool CanSeePeople(this Viewer viewer) => viewer.IsAuthenticated;

    /// <summary>The database-side filter for <see cref="CanRead"/>: only rows the viewer may read leave the database.</summary>
    public static IQueryable<T> VisibleTo<T>(this IQueryable<T> items, Viewer viewer)
        where T : class, IMunicipalityContent => items.Where(ReadableBy<T>(viewer));

    public static Expression<Func<T, bool>> ReadableBy<T>(Viewer viewer)
        where T : class, IMunicipalityContent
    {
        var signedIn = viewer.IsAuthenticated;
        var own = viewer.MunicipalityId ?? -1;
        if (!signedIn && viewer.MunicipalityId is null)
        {
            // A visitor: one plain condition, which the (DeletedAtUtc, Visibility, MunicipalityId) index can serve.
            return item => item.Visibility == Visibility.Public;
        }

        return item => item.Visibility == Visibility.Public
            || (signedIn && item.Visibility == Visibility.Network)
            || item.MunicipalityId == own;
    }

    /// <summary>Throws 403 when a signed-in user may not; 404 hides the thing from someone who may not know it exists.</summary>
    public static void Demand(bool allowed)
    {
        if (!allowed)
        {
            throw new ForbiddenException();
        }
    }
}
