namespace LearningNetwork.Domain.Moderation;

/// <summary>What can be reported to the moderators.</summary>
public enum ReportTarget
{
    Reflection = 1,
    Comment = 2,
}

/// <summary>How the moderators dealt with a report.</summary>
public enum ReportOutcome
{
    Open = 0,
    Hidden = 1,
    Dismissed = 2,
}

/// <summary>A person's report of a reflection or comment to the network admins: one per person per item.</summary>
public sealed class ContentReport
{
    public const int ReasonMaxLength = 1000;

    public ContentReport(ReportTarget target, int targetId, string reporterUserId, string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reporterUserId);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        Target = target;
        TargetId = targetId;
        ReporterUserId = reporterUserId;
        Reason = reason.Trim();
        CreatedAtUtc = nowUtc;
    }

    private ContentReport()
    {
        ReporterUserId = null!;
        Reason = null!;
    }

    public int Id { get; private set; }

    public ReportTarget Target { get; private set; }

    public int TargetId { get; private set; }

    public string ReporterUserId { get; private set; }

    public string Reason { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public ReportOutcome Outcome { get; private set; }

    public DateTime? ResolvedAtUtc { get; private set; }

    public string? ResolvedByUserId { get; private set; }

    public void Resolve(ReportOutcome outcome, string userId, DateTime nowUtc)
    {
        if (outcome == ReportOutcome.Open)
        {
            throw new ArgumentOutOfRangeException(nameof(outcome));
        }

        Outcome = outcome;
        ResolvedByUserId = userId;
        ResolvedAtUtc = nowUtc;
    }
}
