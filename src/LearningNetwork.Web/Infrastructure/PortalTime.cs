using System.Globalization;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// Times as the portal's readers live them: Dutch time (Europe/Amsterdam, daylight saving included), whatever time
/// zone the server or container runs in.
/// </summary>
public static class PortalTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static DateTime ToPortalTime(this DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);

    /// <summary>
    /// The moment as a valid HTML datetime in UTC, to the second: <c>2026-12-05T10:15:00Z</c>. The database gives
    /// times without a kind; they are UTC.
    /// </summary>
    public static string ToMachineTime(this DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
