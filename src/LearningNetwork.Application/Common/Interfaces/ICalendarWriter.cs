namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>What an iCalendar file asks of the calendar that reads it (RFC 5546): add or update, cancel, or just show.</summary>
public enum CalendarMethod
{
    Request = 1,
    Cancel = 2,
    Publish = 3,
}

/// <summary>Someone invited, and their answer as the portal knows it.</summary>
public sealed record CalendarAttendee(string Name, string Email, bool Accepted, bool Declined);

/// <summary>
/// One event as an invitation, update or cancellation carries it: the same <see cref="Uid"/> every time, a higher
/// <see cref="Sequence"/> for each change, the times in UTC (written in <see cref="TimeZoneId"/>). No organiser address
/// when the organiser's account is gone; no attendees when published to download.
/// </summary>
public sealed record CalendarEvent(
    string Uid,
    int Sequence,
    CalendarMethod Method,
    string Summary,
    string Description,
    string? Location,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string TimeZoneId,
    string Url,
    string OrganiserName,
    string? OrganiserEmail,
    IReadOnlyList<CalendarAttendee> Attendees,
    DateTime StampUtc);

/// <summary>Writes iCalendar (RFC 5545) files, with the time zone's full definition, for mail and download.</summary>
public interface ICalendarWriter
{
    string Write(CalendarEvent calendarEvent);
}
