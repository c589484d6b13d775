namespace LearningNetwork.Domain.Digests;

public enum DigestStatus
{
    /// <summary>Planned; the sender composes it once it is due.</summary>
    Pending = 1,

    /// <summary>Claimed by a sender that is composing it.</summary>
    Sending = 2,

    /// <summary>Composed and in the mail outbox.</summary>
    Queued = 3,

    Sent = 4,

    Failed = 5,

    /// <summary>Nothing new in what the person follows (or the digest was switched off): no mail.</summary>
    Skipped = 6,
}

/// <summary>
/// The record that makes the weekly digest exactly once: one row per person and ISO week (Europe/Amsterdam), kept
/// unique by the database, claimed by one sender at a time.
/// </summary>
public sealed class DigestDelivery
{
    public DigestDelivery(string userId, int isoYear, int isoWeek, DateTime dueAtUtc, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        UserId = userId;
        IsoYear = isoYear;
        IsoWeek = isoWeek;
        Status = DigestStatus.Pending;
        DueAtUtc = dueAtUtc;
        CreatedAtUtc = nowUtc;
    }

    private DigestDelivery() => UserId = null!;

    public int Id { get; private set; }

    public string UserId { get; private set; }

    public int IsoYear { get; private set; }

    public int IsoWeek { get; private set; }

    public DigestStatus Status { get; private set; }

    /// <summary>The week's send moment; the content covers what happened up to it.</summary>
    public DateTime DueAtUtc { get; private set; }

    public DateTime? ClaimedUntilUtc { get; private set; }

    public Guid? ClaimToken { get; private set; }

    /// <summary>The Message-ID the digest went out with: <c>digest.{user}.{yyyy}W{ww}@{host}</c>.</summary>
    public string? MessageId { get; private set; }

    /// <summary>How many items the digest held (0 when skipped).</summary>
    public int Items { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>Failed attempts to compose it; after <see cref="MaxAttempts"/> it is Failed.</summary>
    public int Attempts { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? SentAtUtc { get; private set; }

    public string WeekLabel => $"{IsoYear}W{IsoWeek:00}";

    public void Skip()
    {
        Status = DigestStatus.Skipped;
        Items = 0;
        ClaimToken = null;
        ClaimedUntilUtc = null;
    }

    public void Queue(string messageId, int items)
    {
        Status = DigestStatus.Queued;
        MessageId = messageId;
        Items = items;
        ClaimToken = null;
        ClaimedUntilUtc = null;
    }

    public void MarkSent(DateTime nowUtc)
    {
        Status = DigestStatus.Sent;
        SentAtUtc = nowUtc;
        LastError = null;
    }

    public const int MaxAttempts = 5;
    public const int ErrorMaxLength = 1000;

    public void MarkFailed(string? error)
    {
        Status = DigestStatus.Failed;
        LastError = Trim(error);
    }

    /// <summary>Composing failed: release the claim to try again later, or give up after <see cref="MaxAttempts"/>.</summary>
    public void ComposeFailed(string error)
    {
        Attempts++;
        ClaimToken = null;
        ClaimedUntilUtc = null;
        LastError = Trim(error);
        Status = Attempts >= MaxAttempts ? DigestStatus.Failed : DigestStatus.Pending;
    }

    private static string? Trim(string? error) => error is { Length: > ErrorMaxLength } ? error[..ErrorMaxLength] : error;

    /// <summary>An admin retried the failed mail: it is in the outbox again.</summary>
    public void Requeue()
    {
        Status = DigestStatus.Queued;
        LastError = null;
    }
}
