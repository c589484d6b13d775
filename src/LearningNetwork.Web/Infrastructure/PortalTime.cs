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
}
