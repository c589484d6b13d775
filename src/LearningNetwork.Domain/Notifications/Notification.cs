namespace LearningNetwork.Domain.Notifications;

/// <summary>What happened that concerns someone.</summary>
public enum NotificationKind
{
    /// <summary>Someone commented on my reflection.</summary>
    CommentOnMyReflection = 1,

    /// <summary>Someone commented under a reflection I commented on.</summary>
    CommentInMyThread = 2,

    /// <summary>A reflection was linked as an answer to a learning question of my municipality.</summary>
    AnswerToOurQuestion = 3,

    /// <summary>A project elsewhere overcame a barrier that still blocks a project of my municipality.</summary>
    BarrierOvercomeElsewhere = 4,
}

/// <summary>
/// One thing one person is told about, once: <see cref="SubjectKey"/> names the event (for example
/// <c>comment:12</c>), and a person has at most one notification per kind and event.
/// </summary>
public sealed class Notification
{
    public const int SubjectKeyMaxLength = 100;
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 300;

    public Notification(string userId, NotificationKind kind, string subjectKey, string title, string? actorUserId, string? detail, string url, DateTime createdAtUtc)
    {
        UserId = userId;
        Kind = kind;
        SubjectKey = subjectKey;
        Title = title.Length <= TitleMaxLength ? title : title[..TitleMaxLength];
        ActorUserId = actorUserId;
        Detail = detail is null || detail.Length <= TitleMaxLength ? detail : detail[..TitleMaxLength];
        Url = url;
        CreatedAtUtc = createdAtUtc;
    }

    public long Id { get; private set; }

    public string UserId { get; private set; }

    public NotificationKind Kind { get; private set; }

    public string SubjectKey { get; private set; }

    /// <summary>The title of what it is about: the reflection, the question, the project.</summary>
    public string Title { get; private set; }

    /// <summary>Who did it, when a person did; their name is read when shown, so a deleted account leaves no name behind.</summary>
    public string? ActorUserId { get; private set; }

    /// <summary>More the text needs, such as the barrier's number.</summary>
    public string? Detail { get; private set; }

    /// <summary>Where to read it: a path in the portal.</summary>
    public string Url { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    public void MarkRead(DateTime nowUtc) => ReadAtUtc ??= nowUtc;
}
