namespace LearningNetwork.Domain.Audit;

/// <summary>What the audit log records.</summary>
public enum AuditAction
{
    MembershipRequested = 1,
    MembershipApproved = 2,
    MembershipRejected = 3,
    MembershipRequestWithdrawn = 4,
    MemberRemoved = 5,
    CoordinatorAppointed = 6,
    CoordinatorRevoked = 7,
    MunicipalityCreated = 8,
    MunicipalityUpdated = 9,
    AccountDeleted = 10,
    NetworkAdminAppointed = 11,
    MemberLeft = 12,
    MembershipAutoApproved = 13,
    ExperimentDeleted = 14,
    ExperimentRestored = 15,
    ReflectionHidden = 16,
    ReflectionShownAgain = 17,
    CommentHidden = 18,
    CommentShownAgain = 19,
    ReportDismissed = 20,
    SessionsEnded = 21,
    AccountDisabled = 22,
    AccountEnabled = 23,
    DocumentAdded = 24,
    DocumentRemoved = 25,
    AnchoringFlagDismissed = 26,
}
