namespace LearningNetwork.Domain.Following;

/// <summary>What a person can follow.</summary>
public enum FollowKind
{
    Lesson = 1,
    Barrier = 2,
    Theme = 3,
    Municipality = 4,
    Experiment = 5,

    /// <summary>A question of the schetsboek on the starting learning agenda, by its key.</summary>
    SchetsboekQuestion = 6,
}

/// <summary>
/// One thing a person follows: the home page's "new since your last visit" and the weekly digest read these. The
/// key is the lesson or barrier number, the theme key, or the municipality or experiment id, as text.
/// </summary>
public sealed class Follow(string userId, FollowKind kind, string key, DateTime createdAtUtc)
{
    public const int KeyMaxLength = 64;

    public string UserId { get; private set; } = userId;

    public FollowKind Kind { get; private set; } = kind;

    public string Key { get; private set; } = key;

    public DateTime CreatedAtUtc { get; private set; } = createdAtUtc;
}

/// <summary>
/// When a person was last seen, and where their current visit's "new since your last visit" starts. A visit ends
/// after a gap as long as the session's idle timeout, so a new visit is a new session.
/// </summary>
public sealed class Visit
{
    /// <summary>A first visit shows the past week.</summary>
    public static readonly TimeSpan FirstLookBack = TimeSpan.FromDays(7);

    public Visit(string userId, DateTime nowUtc)
    {
        UserId = userId;
        LastSeenAtUtc = nowUtc;
        SinceUtc = nowUtc - FirstLookBack;
    }

    private Visit() => UserId = null!;

    public string UserId { get; private set; }

    public DateTime LastSeenAtUtc { get; private set; }

    public DateTime SinceUtc { get; private set; }

    /// <summary>Seen now; after a gap of at least <paramref name="visitGap"/> a new visit begins where the last one ended.</summary>
    public void Touch(DateTime nowUtc, TimeSpan visitGap)
    {
        if (nowUtc - LastSeenAtUtc >= visitGap)
        {
            SinceUtc = LastSeenAtUtc;
        }

        LastSeenAtUtc = nowUtc;
    }
}
