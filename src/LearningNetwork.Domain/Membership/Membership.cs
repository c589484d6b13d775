namespace LearningNetwork.Domain.Membership;

/// <summary>A person's approved membership of one municipality; a person has at most one.</summary>
public sealed class Membership
{
    public Membership(string userId, int municipalityId, MembershipRole role, DateTime joinedAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        MunicipalityId = municipalityId;
        Role = role;
        JoinedAtUtc = joinedAtUtc;
    }

    private Membership()
    {
        UserId = null!;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public int MunicipalityId { get; private set; }

    public MembershipRole Role { get; private set; }

    public DateTime JoinedAtUtc { get; private set; }

    public void ChangeRole(MembershipRole role) => Role = role;

    /// <summary>Joining another municipality ends this membership: one municipality per person at a time.</summary>
    public void MoveTo(int municipalityId, MembershipRole role, DateTime joinedAtUtc)
    {
        MunicipalityId = municipalityId;
        Role = role;
        JoinedAtUtc = joinedAtUtc;
    }
}
