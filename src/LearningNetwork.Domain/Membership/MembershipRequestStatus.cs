namespace LearningNetwork.Domain.Membership;

public enum MembershipRequestStatus
{
    Pending = 0,
    Approved = 1,
    Rejected = 2,
    Withdrawn = 3,
}
