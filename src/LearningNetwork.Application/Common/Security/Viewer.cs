using LearningNetwork.Domain.Membership;

namespace LearningNetwork.Application.Common.Security;

/// <summary>Who is asking: the facts every access rule is decided on, loaded once per request.</summary>
public sealed record Viewer(string? UserId, bool IsNetworkAdmin, int? MunicipalityId, MembershipRole? Role)
{
    public static Viewer Anonymous { get; } = new(null, false, null, null);

    public bool IsAuthenticated => UserId is not null;

    public bool IsCoordinator => Role == MembershipRole.Coordinator;
}
