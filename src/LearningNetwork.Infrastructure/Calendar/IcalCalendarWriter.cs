using LearningNetwork.Application.Common.Interfaces;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using CalendarEvent = LearningNetwork.Application.Common.Interfaces.CalendarEvent;

namespace LearningNetwork.Infrastructure.Calendar;

/// <summary>
/// iCalendar through Ical.Net: the event in its time zone with that zone's VTIMEZONE (standard and summer time) so
/// that Outlook and other calendars place it right, METHOD REQUEST or CANCEL with the UID and SEQUENCE that let a
/// calendar update or remove the event it already has. Answers are given in the portal, so no reply is asked for.
/// </summary>
internal sealed class IcalCalendarWriter : ICalendarWriter
{
    public string Write(CalendarEvent calendarEvent)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(calendarEvent.TimeZoneId);
        var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(calendarEvent.StartsAtUtc, DateTimeKind.Utc), zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(calendarEvent.EndsAtUtc, DateTimeKind.Utc), zone);
        var calendar = new Ical.Net.Calendar
        {
            Method = calendarEvent.Method switch
            {
                CalendarMethod.Cancel => "CANCEL",
                CalendarMethod.Publish => "PUBLISH",
                _ => "REQUEST",
            },
        };
        calendar.AddTimeZone(VTimeZone.FromDateTimeZone(calendarEvent.TimeZoneId, start.AddYears(-1), includeHistoricalData: false));
        var item = new Ical.Net.CalendarComponents.CalendarEvent
        {
            Uid = calendarEvent.Uid,
            Sequence = calendarEvent.Sequence,
            Summary = calendarEvent.Summary,
            Description = calendarEvent.Description,
            Location = calendarEvent.Location,
            DtStart = Local(start, calendarEvent.TimeZoneId),
            DtEnd = Local(end, calendarEvent.TimeZoneId),
            DtStamp = new CalDateTime(DateTime.SpecifyKind(calendarEvent.StampUtc, DateTimeKind.Utc)),
            Status = calendarEvent.Method == CalendarMethod.Cancel ? "CANCELLED" : "CONFIRMED",
            Url = new Uri(calendarEvent.Url),
            Organizer = calendarEvent.OrganiserEmail is { } organiser ? new Organizer($"mailto:{organiser}") { CommonName = calendarEvent.OrganiserName } : null,
        };

        // A published copy to download is not a meeting request: RFC 5546 gives PUBLISH no attendees.
        foreach (var attendee in calendarEvent.Method == CalendarMethod.Publish ? [] : calendarEvent.Attendees)
        {
            item.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = attendee.Name,
                Role = "REQ-PARTICIPANT",
                ParticipationStatus = attendee.Accepted ? "ACCEPTED" : attendee.Declined ? "DECLINED" : "NEEDS-ACTION",
                Rsvp = false,
            });
        }

        calendar.Events.Add(item);
        return new CalendarSerializer().SerializeToString(calendar) ?? throw new InvalidOperationException("The calendar could not be written.");
    }

    private static CalDateTime Local(DateTime local, string zone) =>
        new(DateOnly.FromDateTime(local), new TimeOnly(local.Hour, local.Minute, local.Second), zone);
}
