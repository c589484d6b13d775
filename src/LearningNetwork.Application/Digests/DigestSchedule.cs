using System.Globalization;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Application.Digests;

/// <summary>The <c>Digest</c> configuration section: when the weekly digest goes out.</summary>
public sealed class DigestOptions
{
    public const string SectionName = "Digest";

    public DayOfWeek DayOfWeek { get; set; } = DayOfWeek.Monday;

    /// <summary>Local time of day in <see cref="TimeZone"/>.</summary>
    public TimeSpan Time { get; set; } = new(7, 0, 0);

    /// <summary>The time zone that decides the ISO week and the send moment.</summary>
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    /// <summary>Cron expression of the recurring planner (in <see cref="TimeZone"/>); hourly by default.</summary>
    public string PlannerCron { get; set; } = "5 * * * *";

    /// <summary>A digest after weeks without one covers at most this many days.</summary>
    public int MaxLookBackDays { get; set; } = 28;
}

/// <summary>An ISO week and the moment its digest is due.</summary>
public sealed record DigestWeek(int IsoYear, int IsoWeek, DateTime DueAtUtc)
{
    public string Label => $"{IsoYear}W{IsoWeek:00}";
}

/// <summary>ISO weeks and send moments in the configured time zone (Europe/Amsterdam), daylight saving included.</summary>
public sealed class DigestSchedule(IOptions<DigestOptions> options, TimeProvider clock)
{
    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>The week whose send moment came last, at or before now: the one the planner plans.</summary>
    public DigestWeek LatestDueWeek()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var thisWeek = WeekOf(now);
        return thisWeek.DueAtUtc <= now ? thisWeek : WeekOf(now.AddDays(-7));
    }

    /// <summary>The week after <see cref="LatestDueWeek"/>: the one whose digest goes out next.</summary>
    public DigestWeek NextWeek() => WeekOf(LatestDueWeek().DueAtUtc.AddDays(7));

    /// <summary>The ISO week (in the time zone) that contains a moment.</summary>
    public DigestWeek WeekOf(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Zone);
        return Week(ISOWeek.GetYear(local), ISOWeek.GetWeekOfYear(local));
    }

    /// <summary>A week by number; the due moment is the configured day and time, local.</summary>
    public DigestWeek Week(int isoYear, int isoWeek)
    {
        var local = ISOWeek.ToDateTime(isoYear, isoWeek, options.Value.DayOfWeek).Add(options.Value.Time);
        var zone = Zone;
        while (zone.IsInvalidTime(local))
        {
            // A send time inside a daylight-saving gap moves to the first minute that exists.
            local = local.AddMinutes(1);
        }

        return new DigestWeek(isoYear, isoWeek, TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone));
    }

    public static bool IsValidWeek(int isoYear, int isoWeek) =>
        isoYear is >= 2000 and <= 2100 && isoWeek >= 1 && isoWeek <= ISOWeek.GetWeeksInYear(isoYear);
}
