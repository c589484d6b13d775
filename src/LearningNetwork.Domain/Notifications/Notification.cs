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

    /// <summary>Someone marked my reflection herkenbaar.</summary>
    ReflectionRecognised = 5,

    /// <summary>Someone asked to join my municipality (to its coordinators).</summary>
    MembershipRequested = 6,

    /// <summary>A coordinator decided on my request to join.</summary>
    MembershipDecided = 7,

    /// <summary>A new reflection or project in what I follow.</summary>
    FollowedActivity = 8,

    /// <summary>A next step I own, agreed in a werksessie, passed its date and is not done.</summary>
    NextStepOverdue = 9,

    /// <summary>A window of works in a project of my municipality opens within 18 months and nothing is coupled to it.</summary>
    CouplingWindowNear = 10,
}

/// <summary>How a person hears of a kind of notification beyond the portal itself.</summary>
public enum NotificationDelivery
{
    /// <summary>By mail at once, batched: at most one mail per person per batching window.</summary>
    Immediately = 1,

    /// <summary>In the weekly digest.</summary>
    Weekly = 2,

    /// <summary>In the portal only.</summary>
    Never = 3,
}

/// <summary>A person's choice for one kind; without a row the kind's default holds.</summary>
public sealed class NotificationPreference(string userId, NotificationKind kind, NotificationDelivery delivery)
{
    public string UserId { get; private set; } = userId;

    public NotificationKind Kind { get; private set; } = kind;

    public NotificationDelivery Delivery { get; set; } = delivery;

    /// <summary>Answers, comments, the barrier a peer overcame and membership at once; recognition, follows, overdue next steps and coupling windows weekly.</summary>
    public static NotificationDelivery Default(NotificationKind kind) =>
        kind is NotificationKind.ReflectionRecognised or NotificationKind.FollowedActivity or NotificationKind.NextStepOverdue or NotificationKind.CouplingWindowNear
            ? NotificationDelivery.Weekly
            : NotificationDelivery.Immediately;

    /// <summary>The kinds mailed at once unless the person chose otherwise.</summary>
    public static IReadOnlyList<NotificationKind> ImmediateByDefault { get; } =
        Enum.GetValues<NotificationKind>().Where(k => Default(k) == NotificationDelivery.Immediately).ToArray();

    /// <summary>The kinds in the weekly digest unless the person chose otherwise.</summary>
    public static IReadOnlyList<NotificationKind> WeeklyByDefault { get; } =
        Enum.GetValues<NotificationKind>().Where(k => Default(k) == NotificationDelivery.Weekly).ToArray();
}

/// <summary>A person's private Atom feed of their notifications: only the token's hash is stored; a new token revokes the old.</summary>
public sealed class NotificationFeed(string userId, string tokenHash, DateTime createdAtUtc)
{
    public const int TokenHashLength = 64;

    public string UserId { get; private set; } = userId;

    public string TokenHash { get; private set; } = tokenHash;

    public DateTime CreatedAtUtc { get; private set; } = createdAtUtc;
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

    public Notification(string userId, NotificationKind kind, string subjectKey, string title, string? actorUserId, string? detail, string url, DateTime createdAtUtc, string? contextUrl = null)
    {
        ContextUrl = contextUrl;
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

    /// <summary>A second place to read more, such as "Wie overwon dezelfde barrière?" on the blocked project.</summary>
    public string? ContextUrl { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public DateTime? ReadAtUtc { get; private set; }

    /// <summary>When the person saw it in the portal (listed or opened): from then on no mail tells it.</summary>
    public DateTime? SeenAtUtc { get; private set; }

    /// <summary>The at-once mail that told it, once one did.</summary>
    public string? MailMessageId { get; private set; }

    /// <summary>A mail of the event's own (such as a membership decision) told it: the at-once mailer leaves it.</summary>
    public void MarkMailed(string messageId) => MailMessageId ??= messageId;

    public void MarkRead(DateTime nowUtc)
    {
        ReadAtUtc ??= nowUtc;
        SeenAtUtc ??= nowUtc;
    }
}
