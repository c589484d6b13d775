namespace LearningNetwork.Domain.Experiments;

/// <summary>
/// Where a coupling experiment stands. The usual path is Idea → Preparing → Running → Realised → Anchored
/// (embedded in the organisation); Stalled, Stopped and NotCoupled need a reason. NotCoupled is an outcome of its
/// own: the schetsboek says integral work does not mean taking everything along, and that coupling may turn out not
/// to be possible in practice. Moving back is allowed: the schetsboek's game of goose, a step back to take two forward.
/// </summary>
public enum ExperimentStatus
{
    Idea = 1,
    Preparing = 2,
    Running = 3,
    Realised = 4,
    Anchored = 5,
    Stalled = 6,
    Stopped = 7,
    NotCoupled = 8,
}

/// <summary>How a barrier showed up in an experiment.</summary>
public enum BarrierState
{
    Encountered = 1,
    Overcome = 2,
    StillBlocking = 3,
}

/// <summary>
/// How a lesson turned out in a project: applying it helped (fully or partly) or not, the lesson was learned because
/// it was missing (as Tilburg learned lesson 1 when the urgency for asbestos removal turned out to be absent), or it
/// is not known yet.
/// </summary>
public enum LessonHelped
{
    Yes = 1,
    Partly = 2,
    No = 3,
    LearnedByAbsence = 4,
    NotYetKnown = 5,
}

public enum PartnerType
{
    HousingCorporation = 1,
    GridOperator = 2,
    HeatCompany = 3,
    WaterBoard = 4,
    EnergyCooperative = 5,
    Contractor = 6,
    ResidentsGroup = 7,
    Other = 8,
}

/// <summary>What a timeline entry records: a status change, or a moment members add themselves.</summary>
public enum TimelineEntryKind
{
    StatusChange = 1,
    Milestone = 2,
    Setback = 3,
    EyeOpener = 4,
}

public static class ExperimentStatuses
{
    /// <summary>Statuses that need a reason.</summary>
    public static bool NeedsReason(this ExperimentStatus status) => status is ExperimentStatus.Stalled or ExperimentStatus.Stopped or ExperimentStatus.NotCoupled;
}

/// <summary>How much of a date is known: the schetsboek says "in 2019", not "on 1 January 2019".</summary>
public enum DatePrecision
{
    Day = 1,
    Month = 2,
    Year = 3,
}

public static class DatePrecisions
{
    /// <summary>The first day of the period a date of this precision stands for (what is stored).</summary>
    public static DateOnly Start(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 1, 1),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, 1),
        _ => date,
    };

    /// <summary>The last day of that period: an end "in 2019" is not before a start in March 2019.</summary>
    public static DateOnly End(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => new DateOnly(date.Year, 12, 31),
        DatePrecision.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date,
    };

    /// <summary>As typed and exported: 2019, 2019-03 or 2019-03-31.</summary>
    public static string Format(DateOnly date, DatePrecision precision) =>
        date.ToString(Pattern(precision), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>As read on a page: 2019, maart 2019 or 31 maart 2019.</summary>
    public static string Display(DateOnly date, DatePrecision precision, IFormatProvider culture) =>
        date.ToString(precision switch { DatePrecision.Year => "yyyy", DatePrecision.Month => "MMMM yyyy", _ => "d MMMM yyyy" }, culture);

    /// <summary>Reads a year, a month or a day as <see cref="Format"/> writes them.</summary>
    public static bool TryParse(string value, out DateOnly date, out DatePrecision precision)
    {
        foreach (var candidate in Enum.GetValues<DatePrecision>())
        {
            if (DateOnly.TryParseExact(value.Trim(), Pattern(candidate), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out date))
            {
                precision = candidate;
                return true;
            }
        }

        date = default;
        precision = DatePrecision.Day;
        return false;
    }

    private static string Pattern(DatePrecision precision) => precision switch
    {
        DatePrecision.Year => "yyyy",
        DatePrecision.Month => "yyyy-MM",
        _ => "yyyy-MM-dd",
    };
}
