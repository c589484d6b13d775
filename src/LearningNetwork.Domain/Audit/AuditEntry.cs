namespace LearningNetwork.Domain.Audit;

/// <summary>
/// One line of the audit log: who did what, when, to whom or what. Written once, never changed. Names and
/// e-mail addresses are never stored here, only ids, so deleting an account removes the person from the log's
/// text too while the fact remains.
/// </summary>
public sealed class AuditEntry
{
    public const int DetailsMaxLength = 2000;

    public AuditEntry(DateTime atUtc, string? actorUserId, AuditAction action, int? municipalityId, string? subjectUserId, string? details)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(details?.Length ?? 0, DetailsMaxLength);
        AtUtc = atUtc;
        ActorUserId = actorUserId;
        Action = action;
        MunicipalityId = municipalityId;
        SubjectUserId = subjectUserId;
        Details = details;
    }

    private AuditEntry()
    {
    }

    public long Id { get; private set; }

    public DateTime AtUtc { get; private set; }

    /// <summary>Null for the system (for example an automatic approval).</summary>
    public string? ActorUserId { get; private set; }

    public AuditAction Action { get; private set; }

    public int? MunicipalityId { get; private set; }

    public string? SubjectUserId { get; private set; }

    public string? Details { get; private set; }
}
