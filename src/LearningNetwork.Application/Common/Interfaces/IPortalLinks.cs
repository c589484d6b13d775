namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>Absolute links into the portal for use in e-mail; built by the web layer, which knows the host.</summary>
public interface IPortalLinks
{
    string ConfirmEmail(string userId, string token);

    string ConfirmEmailChange(string userId, string email, string token);

    string ResetPassword(string email, string token);

    string Login();

    string ForgotPassword();

    string Municipality(int id);

    string MembershipRequests(int municipalityId);

    string Home();

    string Experiment(int id);

    string Reflection(int id);

    string LearningQuestion(int id);

    /// <summary>The digest settings page (signing in first when needed).</summary>
    string DigestSettings();

    /// <summary>The one-click unsubscribe address for List-Unsubscribe; works without signing in.</summary>
    string Unsubscribe(string token);

    /// <summary>The signed-in person's notifications page.</summary>
    string Notifications();

    /// <summary>Where a person chooses, per kind, how notifications reach them.</summary>
    string NotificationSettings();

    /// <summary>One-click unsubscribe from kinds of notification mail; works without signing in.</summary>
    string UnsubscribeNotifications(string token);

    /// <summary>A path in the portal (such as a notification's) as an absolute address.</summary>
    string Absolute(string path);
}

/// <summary>Signed, expiring tokens that name a person, for the digest's one-click unsubscribe link.</summary>
public interface IUnsubscribeTokens
{
    string Create(string userId);

    /// <summary>The person's id, or null when the token was tampered with or has expired.</summary>
    string? Read(string token);

    /// <summary>A token that stops mail of these kinds of notification for the person.</summary>
    string CreateForNotifications(string userId, IReadOnlyCollection<Domain.Notifications.NotificationKind> kinds);

    /// <summary>The person and the kinds, or null when the token was tampered with or has expired.</summary>
    (string UserId, IReadOnlyList<Domain.Notifications.NotificationKind> Kinds)? ReadForNotifications(string token);
}
