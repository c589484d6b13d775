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

    public static bool IsSignedIn(this Viewer viewer) => viewer.IsAuthenticated;

    public static bool IsMemberOf(this Viewer viewer, int municipalityId) => viewer.MunicipalityId == municipalityId;

    public static bool IsCoordinatorOf(this Viewer viewer, int municipalityId) => viewer.IsCoordinator && viewer.IsMemberOf(municipalityId);

    /// <summary>Writing a municipality's projects, reflections and questions: its members.</summary>
    public static bool CanEditContentOf(this Viewer viewer, int municipalityId) => viewer.IsMemberOf(municipalityId);

    /// <summary>Starting a project or a learning question: anyone who is a member of a municipality (theirs).</summary>
    public static bool CanWriteForAMunicipality(this Viewer viewer) => viewer.MunicipalityId is not null;

    /// <summary>Changing a reflection: its author, while a member of the experiment's municipality.</summary>
    public static bool CanChangeReflection(this Viewer viewer, string? authorUserId, int municipalityId) =>
        authorUserId is not null && authorUserId == viewer.UserId && viewer.CanEditContentOf(municipalityId);

    /// <summary>Deleting a reflection: its author, or a coordinator of the experiment's municipality.</summary>
    public static bool CanDeleteReflection(this Viewer viewer, string? authorUserId, int municipalityId) =>
        (authorUserId is not null && authorUserId == viewer.UserId) || viewer.IsCoordinatorOf(municipalityId);

    /// <summary>Changing a comment: its author, unless a moderator hid it.</summary>
    public static bool CanChangeComment(this Viewer viewer, string? authorUserId, bool hidden) =>
        authorUserId is not null && authorUserId == viewer.UserId && !hidden;

    /// <summary>Deleting a comment: its author.</summary>
    public static bool CanDeleteComment(this Viewer viewer, string? authorUserId) => authorUserId is not null && authorUserId == viewer.UserId;

    /// <summary>Hiding and showing reflections and comments, reading what is hidden, the reports queue: network admins.</summary>
    public static bool CanModerate(this Viewer viewer) => viewer.IsNetworkAdmin;

    /// <summary>People's accounts, the audit log, the digest deliveries, deleted projects, all open requests: network admins.</summary>
    public static bool CanAdministerNetwork(this Viewer viewer) => viewer.IsNetworkAdmin;

    /// <summary>Whether a message's declared audience (<see cref="ISignedInOnly"/>, <see cref="INetworkAdminOnly"/>) includes the viewer.</summary>
    public static bool MaySend(this Viewer viewer, object message) => message switch
    {
        INetworkAdminOnly => viewer.CanAdministerNetwork(),
        ISignedInOnly => viewer.IsSignedIn(),
        _ => true,
    };

    public static bool CanManageMembersOf(this Viewer viewer, int municipalityId) =>
        viewer.IsNetworkAdmin || viewer.IsCoordinatorOf(municipalityId);

    /// <summary>A municipality's last coordinator steps down or is removed only by a network admin.</summary>
    public static bool CanRemoveLastCoordinator(this Viewer viewer) => viewer.IsNetworkAdmin;

    public static bool CanManageMunicipalities(this Viewer viewer) => viewer.IsNetworkAdmin;

    /// <summary>
    /// A werksessie (who is matched and invited) is read by those invited and by the members of the municipalities
    /// taking part, and by network admins; to anyone else it does not exist.
    /// </summary>
    public static bool CanReadWerksessie(this Viewer viewer, bool invited, IEnumerable<int> municipalities) =>
        viewer.IsSignedIn() && (invited || viewer.IsNetworkAdmin || (viewer.MunicipalityId is { } own && municipalities.Contains(own)));

    /// <summary>Its organiser reschedules or cancels a werksessie (and a network admin, for an organiser who left).</summary>
    public static bool CanChangeWerksessie(this Viewer viewer, string organiserUserId) =>
        viewer.IsNetworkAdmin || (viewer.UserId is not null && viewer.UserId == organiserUserId);

    /// <summary>People's names and roles are for signed-in users of the network, not for the open web.</summary>
    public static bool CanSeePeople(this Viewer viewer) => viewer.IsAuthenticated;

    /// <summary>Who reads the same rows, by <see cref="ReadableBy{T}"/>, so may share what is kept of them: visitors, or the signed in of one municipality (or none).</summary>
    public static string ReadersKey(this Viewer viewer) => $"{(viewer.IsSignedIn() ? "in" : "out")}|{viewer.MunicipalityId}";

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
