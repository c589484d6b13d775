namespace LearningNetwork.Domain.Membership;

/// <summary>A request to join a municipality; decided once, by a coordinator, a network admin or the domain rule.</summary>
public sealed class MembershipRequest
{
    public const int MotivationMaxLength = 1000;
    public const int ReasonMaxLength = 1000;

    public MembershipRequest(string userId, int municipalityId, string motivation, DateTime createdAtUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(motivation.Length, MotivationMaxLength);
        UserId = userId;
        MunicipalityId = municipalityId;
        Motivation = motivation;
        CreatedAtUtc = createdAtUtc;
        Status = MembershipRequestStatus.Pending;
    }

    private MembershipRequest()
    {
        UserId = null!;
        Motivation = null!;
    }

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public int MunicipalityId { get; private set; }

    public string Motivation { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public MembershipRequestStatus Status { get; private set; }

    /// <summary>Who decided: a user id, or null when the municipality's e-mail domain rule approved it.</summary>
    public string? DecidedByUserId { get; private set; }

    public DateTime? DecidedAtUtc { get; private set; }

    public string? Reason { get; private set; }

    public bool IsPending => Status == MembershipRequestStatus.Pending;

    public void Approve(string? decidedByUserId, DateTime atUtc, string? reason) =>
        Decide(MembershipRequestStatus.Approved, decidedByUserId, atUtc, reason);

    public void Reject(string decidedByUserId, DateTime atUtc, string reason) =>
        Decide(MembershipRequestStatus.Rejected, decidedByUserId, atUtc, reason);

    public void Withdraw(DateTime atUtc) => Decide(MembershipRequestStatus.Withdrawn, UserId, atUtc, null);

    private void Decide(MembershipRequestStatus status, string? decidedByUserId, DateTime atUtc, string? reason)
    {
        if (!IsPending)
        {
            throw new InvalidOperationException($"Membership request {Id} was already {Status}.");
        }

        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason?.Length ?? 0, ReasonMaxLength);
        Status = status;
        DecidedByUserId = decidedByUserId;
        DecidedAtUtc = atUtc;
        Reason = reason;
    }
}
