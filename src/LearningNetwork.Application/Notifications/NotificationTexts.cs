using System.Globalization;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Domain.Taxonomy;

namespace LearningNetwork.Application.Notifications;

/// <summary>The words of a notification, the same on the page, in the mail and in the feed; in the current culture.</summary>
public static class NotificationTexts
{
    /// <summary>A decision is Approved or Rejected; a follow-up is a Reflection or a Project: the detail says which sentence.</summary>
    public const string Approved = "Approved";
    public const string Rejected = "Rejected";
    public const string Reflection = "Reflection";
    public const string Project = "Project";

    /// <summary>One sentence: who did what to which item.</summary>
    public static string Sentence(NotificationKind kind, string? actor, string title, string? detail) =>
        kind is NotificationKind.MembershipDecided or NotificationKind.FollowedActivity
            ? string.Format(CultureInfo.CurrentCulture, Text($"Notification_{kind}_{detail}"), actor ?? AppTexts.NotificationSomeone, title)
            : string.Format(CultureInfo.CurrentCulture, Text("Notification_" + kind), actor ?? AppTexts.NotificationSomeone, title, DetailText(kind, detail), BarrierTitle(kind, detail));

    /// <summary>What the kind is called in the settings and under a mail: "Reacties op mijn reflecties".</summary>
    public static string KindLabel(NotificationKind kind) => Text("NotificationKind_" + kind);

    /// <summary>The label of the second link a kind may carry.</summary>
    public static string ContextLabel(NotificationKind kind) => Text("NotificationContext_" + kind);

    public static string DeliveryLabel(NotificationDelivery delivery) => Text("NotificationDelivery_" + delivery);

    /// <summary>For a barrier overcome elsewhere, whose detail is the barrier's number: its title in the schetsboek.</summary>
    private static string BarrierTitle(NotificationKind kind, string? detail) =>
        kind == NotificationKind.BarrierOvercomeElsewhere && int.TryParse(detail, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? SchetsboekCatalog.Barriers().FirstOrDefault(b => b.Number == number)?.Title.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName) ?? string.Empty
            : string.Empty;

    /// <summary>
    /// The detail as the sentence shows it, as the reader writes dates: an overdue step's date (kept as
    /// <c>2027-03-30</c>), a coupling window's month (kept as <c>2027-03</c>).
    /// </summary>
    private static string DetailText(NotificationKind kind, string? detail) => kind switch
    {
        NotificationKind.NextStepOverdue when DateOnly.TryParseExact(detail, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) => date.ToString("d MMMM yyyy", CultureInfo.CurrentCulture),
        NotificationKind.CouplingWindowNear when DateOnly.TryParseExact(detail + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) => month.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
        _ => detail ?? string.Empty,
    };

    private static string Text(string key) =>
        AppTexts.ResourceManager.GetString(key, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException(key);
}
