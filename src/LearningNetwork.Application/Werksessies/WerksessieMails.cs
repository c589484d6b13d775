using System.Globalization;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>What a werksessie mail says, and to whom: an invitation, an update, a cancellation or the reminder.</summary>
public enum WerksessieMailKind
{
    Invitation = 1,
    Update = 2,
    Cancellation = 3,
    Reminder = 4,
}

/// <summary>A werksessie with everything its mails and its calendar file tell: who organises, who comes, about what.</summary>
internal sealed record WerksessieMailData(
    Werksessie Werksessie,
    Person Organiser,
    string OrganiserMunicipality,
    LocalizedText Barrier,
    IReadOnlyList<WerksessieMailData.Invitee> Invitees)
{
    public sealed record Invitee(Person Person, string Municipality, InvitationResponse Response);

    public IReadOnlyList<string> Municipalities => [.. Invitees.Select(i => i.Municipality).Prepend(OrganiserMunicipality).Distinct()];
}

/// <summary>
/// The werksessie mails, each in the recipient's language, with the event as an iCalendar file (RFC 5545) that the
/// recipient's calendar adds, updates or removes: the same UID every time, the werksessie's sequence. Times are shown
/// and written in Europe/Amsterdam.
/// </summary>
internal static class WerksessieMails
{
    public const string TimeZoneId = "Europe/Amsterdam";

    public static async Task<WerksessieMailData> LoadAsync(IAppDbContext db, Werksessie werksessie, CancellationToken cancellationToken)
    {
        // An organiser who deleted their account is no one: the werksessie and its mails go on without a name.
        var organiser = await db.People.SingleOrDefaultAsync(p => p.Id == werksessie.OrganiserUserId, cancellationToken)
            ?? new Person { Id = werksessie.OrganiserUserId, DisplayName = AppTexts.WerksessieOrganiserGone, Email = string.Empty, PreferredLanguage = Domain.Common.Languages.Dutch };
        var barrier = await db.Barriers.AsNoTracking().Where(b => b.Number == werksessie.BarrierNumber)
            .Select(b => new LocalizedText(b.Title.Nl, b.Title.En)).SingleAsync(cancellationToken);
        var municipalityIds = werksessie.Invitations.Select(i => i.MunicipalityId).Append(werksessie.MunicipalityId).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var userIds = werksessie.Invitations.Select(i => i.UserId).ToList();
        var people = await db.People.Where(p => userIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, cancellationToken);
        var invitees = werksessie.Invitations
            .Where(i => i.UserId != werksessie.OrganiserUserId && people.ContainsKey(i.UserId))
            .OrderBy(i => names[i.MunicipalityId], StringComparer.CurrentCulture).ThenBy(i => people[i.UserId].DisplayName, StringComparer.CurrentCulture)
            .Select(i => new WerksessieMailData.Invitee(people[i.UserId], names[i.MunicipalityId], i.Response))
            .ToList();
        return new WerksessieMailData(werksessie, organiser, names[werksessie.MunicipalityId], barrier, invitees);
    }

    public static OutgoingMail Compose(WerksessieMailKind kind, Person to, WerksessieMailData data, IPortalLinks links, ICalendarWriter calendar, DateTime nowUtc)
    {
        using var _ = new CultureScope(to.PreferredLanguage);
        var culture = CultureInfo.CurrentUICulture;
        var werksessie = data.Werksessie;
        var url = links.Absolute($"/werksessies/{werksessie.Id}");
        var when = When(werksessie, culture);
        var where = werksessie.Online
            ? werksessie.Location is null ? AppTexts.WerksessieOnline : Format(AppTexts.WerksessieOnlineAt, werksessie.Location)
            : werksessie.Location!;
        var subjectTemplate = kind switch
        {
            WerksessieMailKind.Update => AppTexts.WerksessieUpdateSubject,
            WerksessieMailKind.Cancellation => AppTexts.WerksessieCancelSubject,
            WerksessieMailKind.Reminder => AppTexts.WerksessieReminderSubject,
            _ => AppTexts.WerksessieInvitationSubject,
        };
        var opening = kind switch
        {
            WerksessieMailKind.Update => Format(AppTexts.WerksessieUpdateIntro, data.Organiser.DisplayName, werksessie.Title),
            WerksessieMailKind.Cancellation => Format(AppTexts.WerksessieCancelIntro, data.Organiser.DisplayName, werksessie.Title),
            WerksessieMailKind.Reminder => Format(AppTexts.WerksessieReminderIntro, werksessie.Title),
            _ => Format(AppTexts.WerksessieInvitationIntro, data.Organiser.DisplayName, data.OrganiserMunicipality, werksessie.BarrierNumber, data.Barrier.For(culture.TwoLetterISOLanguageName)),
        };
        List<string> paragraphs = [opening];
        if (kind != WerksessieMailKind.Cancellation)
        {
            paragraphs.Add(Format(AppTexts.WerksessieWhen, when));
            paragraphs.Add(Format(AppTexts.WerksessieWhere, where));
            paragraphs.Add(Format(AppTexts.WerksessieWho, string.Join(", ", data.Municipalities)));
            paragraphs.Add(AppTexts.WerksessieAgendaLine);
        }

        var (text, html) = MailLayout.Compose(
            to.DisplayName,
            paragraphs,
            kind == WerksessieMailKind.Cancellation ? [] : [new MailAction(AppTexts.WerksessieRespond, url)],
            kind is WerksessieMailKind.Reminder ? null : AppTexts.WerksessieCalendarNote);
        var mail = new OutgoingMail(to.Email, to.DisplayName, Format(subjectTemplate, werksessie.Title, when), text, html);
        if (kind == WerksessieMailKind.Reminder)
        {
            return mail;
        }

        var method = kind == WerksessieMailKind.Cancellation ? CalendarMethod.Cancel : CalendarMethod.Request;
        return mail with
        {
            Attachment = new MailAttachment(
                kind == WerksessieMailKind.Cancellation ? "werksessie-afgelast.ics" : "werksessie.ics",
                $"text/calendar; method={(method == CalendarMethod.Cancel ? "CANCEL" : "REQUEST")}; charset=utf-8",
                calendar.Write(Event(data, method, url, nowUtc))),
        };
    }

    /// <summary>The werksessie as a calendar event: for a mail (REQUEST, CANCEL) or to download (PUBLISH).</summary>
    public static CalendarEvent Event(WerksessieMailData data, CalendarMethod method, string url, DateTime nowUtc)
    {
        var werksessie = data.Werksessie;
        var description = string.Join(
            "\n\n",
            Format(AppTexts.WerksessieWho, string.Join(", ", data.Municipalities)),
            werksessie.AgendaMarkdown,
            Format(AppTexts.WerksessieCalendarRespond, url));
        return new CalendarEvent(
            werksessie.CalendarUid,
            werksessie.Sequence,
            method,
            Format(AppTexts.WerksessieCalendarSummary, werksessie.Title),
            description,
            werksessie.Online ? werksessie.Location ?? AppTexts.WerksessieOnline : werksessie.Location,
            werksessie.StartsAtUtc,
            werksessie.EndsAtUtc,
            TimeZoneId,
            url,
            data.Organiser.DisplayName,
            data.Organiser.Email.Length == 0 ? null : data.Organiser.Email,
            [.. data.Invitees.Select(i => new CalendarAttendee(i.Person.DisplayName, i.Person.Email, i.Response == InvitationResponse.Accepted, i.Response == InvitationResponse.Declined))],
            nowUtc);
    }

    /// <summary>"dinsdag 30 maart 2027, 14:00–16:00 (Nederlandse tijd)" in the culture's words.</summary>
    public static string When(Werksessie werksessie, CultureInfo culture)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
        var start = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(werksessie.StartsAtUtc, DateTimeKind.Utc), zone);
        var end = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(werksessie.EndsAtUtc, DateTimeKind.Utc), zone);
        return string.Format(culture, AppTexts.WerksessieWhenFormat, start.ToString("dddd d MMMM yyyy", culture), start.ToString("HH:mm", culture), end.ToString("HH:mm", culture));
    }

    private static string Format(string template, params object[] values) =>
        string.Format(CultureInfo.CurrentUICulture, template, values);
}
