namespace LearningNetwork.Domain.Membership;

public enum MembershipRole
{
    Member = 1,

    /// <summary>A member who administers the municipality: approves and removes members, appoints co-coordinators.</summary>
    Coordinator = 2,
}
