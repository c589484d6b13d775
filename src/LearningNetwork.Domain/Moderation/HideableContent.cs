namespace LearningNetwork.Domain.Moderation;

/// <summary>Content a network admin can hide with a reason (moderation); hidden content is shown to no one else.</summary>
public abstract class HideableContent
{
    public const int HiddenReasonMaxLength = 1000;

    public DateTime? HiddenAtUtc { get; private set; }

    public string? HiddenByUserId { get; private set; }

    public string? HiddenReason { get; private set; }

    public void Hide(string userId, string reason, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(reason.Trim().Length, HiddenReasonMaxLength);
        HiddenAtUtc = nowUtc;
        HiddenByUserId = userId;
        HiddenReason = reason.Trim();
    }

    public void Unhide()
    {
        HiddenAtUtc = null;
        HiddenByUserId = null;
        HiddenReason = null;
    }
}
