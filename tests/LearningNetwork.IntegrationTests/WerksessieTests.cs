using System.Globalization;
using System.Net;
using Ical.Net;
using LearningNetwork.Application.Werksessies;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 21, the werksessie: proposed from a blocked project to people of the matched municipalities, invited by mail
/// with an iCalendar file a calendar library reads (and that updates and cancels the same event), answered in the
/// portal, read only by those it concerns, refused with clear messages for bad input, and reminded once the day before.
/// </summary>
public sealed class WerksessieTests : IAsyncLifetime
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";
    private const string Haarlem = "GM0392";
    private const string Venlo = "GM0983";

    private readonly ClockedPortalFactory _factory = (ClockedPortalFactory)new ClockedPortalFactory().WithSetting("Delivery:RunInBackground", "false");
    private int _blocked;
    private string _breda = string.Empty;
    private string _haarlem = string.Empty;
    private string _tilburgColleague = string.Empty;

    public async Task InitializeAsync()
    {
        await Network.PersonAsync(_factory, "organisator@tilburg.nl", "Organisator Tilburg", Tilburg);
        _tilburgColleague = await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", Tilburg);
        _breda = await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", Breda);
        _haarlem = await Network.PersonAsync(_factory, "lid@haarlem.nl", "Lid Haarlem", Haarlem);
        await Network.PersonAsync(_factory, "lid@venlo.nl", "Lid Venlo", Venlo);
        _blocked = (await Make.Project(_factory.Services).In(Tilburg).Titled("Riool en warmte Reeshof").Themes("underground").Barrier(3).CreateAsync()).Id;
        await Make.Project(_factory.Services).In(Breda).Titled("Breda overwon het").Themes("underground").Barrier(3, BarrierState.Overcome).CreateAsync();
        await Make.Project(_factory.Services).In(Haarlem).Titled("Haarlem overwon het").Themes("underground").Barrier(3, BarrierState.Overcome).CreateAsync();
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_proposal_invites_with_a_calendar_file_that_later_updates_and_cancels_the_same_event_and_invitees_answer_in_the_portal()
    {
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var form = await organiser.GetAsync($"/werksessies/new?barrier=3&experiment={_blocked}", expectSuccess: true);
        Assert.Contains("Riool en warmte Reeshof", form.Text("[data-testid=werksessie-about]"));
        var invitable = form.QuerySelectorAll("[data-testid=invitee]").Select(i => i.GetAttribute("value")).ToList();
        Assert.Contains(_breda, invitable);
        Assert.Contains(_haarlem, invitable);
        Assert.Contains(_tilburgColleague, invitable);
        Assert.Contains("Wat gebeurde er?", form.QuerySelector("#Input_Agenda")!.TextContent);
        Assert.Contains("Breda: Breda overwon het", form.QuerySelector("#Input_Agenda")!.TextContent);

        var day = Day(10);
        var response = await organiser.SubmitAsync(form, $"/werksessies/new?barrier=3&experiment={_blocked}", Fields(day, "14:00", "16:00", _breda, _haarlem));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var page = response.Headers.Location!.OriginalString;
        var werksessie = await _factory.WithDbAsync(db => db.Werksessies.Include(w => w.Invitations).SingleAsync());
        Assert.Equal($"/werksessies/{werksessie.Id}", page);
        Assert.Equal(3, werksessie.Invitations.Count);

        var invitation = Calendar(await Mailbox.SingleAsync(_factory, "lid@breda.nl"), "REQUEST");
        Assert.Single(await Mailbox.AllToAsync(_factory, "lid@haarlem.nl"));
        Assert.Empty(await Mailbox.AllToAsync(_factory, "organisator@tilburg.nl"));
        var first = invitation.Events.Single();
        Assert.Equal(werksessie.CalendarUid, first.Uid);
        Assert.Equal(0, first.Sequence);
        Assert.Equal("Europe/Amsterdam", first.DtStart!.TzId);
        Assert.Equal(new TimeOnly(14, 0), TimeOnly.FromDateTime(first.DtStart.Value));
        Assert.Equal(werksessie.StartsAtUtc, first.DtStart.AsUtc);
        Assert.Equal(werksessie.EndsAtUtc, first.DtEnd!.AsUtc);
        Assert.Equal(["mailto:lid@breda.nl", "mailto:lid@haarlem.nl"], first.Attendees.Select(a => a.Value!.ToString()).Order());
        Assert.Single(invitation.TimeZones, z => z.TzId == "Europe/Amsterdam");

        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var haarlem = await Network.SignedInAsync(_factory, "lid@haarlem.nl");
        Assert.Equal("Je hebt nog niet geantwoord.", (await breda.GetAsync(page, expectSuccess: true)).Text("[data-testid=my-response]"));
        Assert.Equal(HttpStatusCode.Redirect, (await breda.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await haarlem.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Declined" })).StatusCode);
        var shown = await organiser.GetAsync(page, expectSuccess: true);
        Assert.Equal(["Accepted", "Accepted", "Declined"], shown.QuerySelectorAll("[data-testid=werksessie-person]").Select(p => p.GetAttribute("data-response")!).Order());
        Assert.Equal("Je hebt ja gezegd.", (await breda.GetAsync(page, expectSuccess: true)).Text("[data-testid=my-response]"));

        // Each person's list is kept for them alone: a colleague who looks first does not hand the organiser theirs.
        var colleague = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        Assert.DoesNotContain("Organisator", (await colleague.GetAsync("/werksessies", expectSuccess: true)).Text("[data-testid=werksessies]"), StringComparison.Ordinal);
        Assert.Contains("Organisator", (await organiser.GetAsync("/werksessies", expectSuccess: true)).Text("[data-testid=werksessies]"), StringComparison.Ordinal);
        Assert.Contains("Komt", (await breda.GetAsync("/werksessies", expectSuccess: true)).Text("[data-testid=werksessies]"), StringComparison.Ordinal);

        // An hour later: the one who accepted gets the update (same UID, next sequence); the one who declined does not.
        var edit = await organiser.GetAsync($"{page}/edit", expectSuccess: true);
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.SubmitAsync(edit, $"{page}/edit", Fields(day, "15:00", "17:00"))).StatusCode);
        var update = Calendar((await Mailbox.AllToAsync(_factory, "lid@breda.nl"))[1], "REQUEST").Events.Single();
        Assert.Single(await Mailbox.AllToAsync(_factory, "lid@haarlem.nl"));
        Assert.Equal(werksessie.CalendarUid, update.Uid);
        Assert.Equal(1, update.Sequence);
        Assert.Equal(new TimeOnly(15, 0), TimeOnly.FromDateTime(update.DtStart!.Value));
        Assert.Equal("ACCEPTED", update.Attendees.Single(a => a.Value!.ToString() == "mailto:lid@breda.nl").ParticipationStatus);

        Assert.Equal(HttpStatusCode.Redirect, (await organiser.PostWithTokenAsync($"{page}?handler=Cancel", new Dictionary<string, string>())).StatusCode);
        var cancelled = Calendar((await Mailbox.AllToAsync(_factory, "lid@breda.nl"))[2], "CANCEL").Events.Single();
        Assert.Equal(werksessie.CalendarUid, cancelled.Uid);
        Assert.Equal(2, cancelled.Sequence);
        Assert.Equal("CANCELLED", cancelled.Status);
        Assert.Equal(2, (await Mailbox.AllToAsync(_factory, "lid@haarlem.nl")).Count);
        Assert.NotNull((await breda.GetAsync(page, expectSuccess: true)).QuerySelector("[data-testid=werksessie-cancelled]"));
        var again = await breda.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Accepted" });
        Assert.Contains("Deze werksessie is afgelast en verandert niet meer.", (await Html.ReadAsync(again)).SummaryErrors());
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_nothing_is_saved_or_sent()
    {
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var url = $"/werksessies/new?barrier=3&experiment={_blocked}";
        async Task<IReadOnlyList<string>> ErrorsAsync(Dictionary<string, string> fields)
        {
            var form = await organiser.GetAsync(url, expectSuccess: true);
            var response = await organiser.SubmitAsync(form, url, fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return (await Html.ReadAsync(response)).SummaryErrors();
        }

        var yesterday = Day(-1);
        Assert.Contains("Dat moment is al voorbij: kies een tijd in de toekomst.", await ErrorsAsync(Fields(yesterday, "14:00", "16:00", _breda)));
        Assert.Contains("Een werksessie duurt tussen een half uur en acht uur, en eindigt na het begin.", await ErrorsAsync(Fields(Day(10), "16:00", "14:00", _breda)));
        Assert.Contains("Vul een datum in, zoals 2027-03-30.", await ErrorsAsync(Fields("30-02-2027", "14:00", "16:00", _breda)));
        Assert.Contains("Die tijd bestaat niet op die dag: de klok gaat dan een uur vooruit.", await ErrorsAsync(Fields(LastSundayOfMarch(), "02:30", "04:00", _breda)));
        Assert.Contains("Een werksessie is met mensen van twee tot vier gemeenten, je eigen gemeente meegeteld.", await ErrorsAsync(Fields(Day(10), "14:00", "16:00", _tilburgColleague)));
        Assert.Contains("Nodig minstens één persoon uit.", await ErrorsAsync(Fields(Day(10), "14:00", "16:00")));
        Assert.Contains("Kies een datum binnen twee jaar.", await ErrorsAsync(Fields("9999-12-31", "23:00", "23:59", _breda)));

        // Venlo did not overcome barrier 3: the portal did not propose it, so its people are not invited through it.
        var venloMember = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "lid@venlo.nl").Select(u => u.Id).SingleAsync());
        Assert.Contains("Lid Venlo is van een gemeente die voor deze barrière niet is voorgesteld.", await ErrorsAsync(Fields(Day(10), "14:00", "16:00", _breda, venloMember)));
        var atAPlace = Fields(Day(10), "14:00", "16:00", _breda);
        atAPlace["Input.Online"] = "false";
        atAPlace["Input.Location"] = string.Empty;
        Assert.Contains("Vul in waar de werksessie is, of kies online.", await ErrorsAsync(atAPlace));

        var unconfirmed = await Network.PersonAsync(_factory, "nieuw@venlo.nl", "Nieuw Venlo", Venlo);
        await _factory.WithDbAsync(db => db.Users.Where(u => u.Id == unconfirmed).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        Assert.Contains("Nieuw Venlo heeft geen bevestigd e-mailadres en kan nog niet worden uitgenodigd.", await ErrorsAsync(Fields(Day(10), "14:00", "16:00", _breda, unconfirmed)));

        Assert.Equal(0, await _factory.WithDbAsync(db => db.Werksessies.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        // Breda's member is busy at that time once the first werksessie stands; a declined one does not count.
        var form = await organiser.GetAsync(url, expectSuccess: true);
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.SubmitAsync(form, url, Fields(Day(10), "14:00", "16:00", _breda))).StatusCode);
        // The message names the person, not the other werksessie: the one asking may not be allowed to read it.
        Assert.Contains("Lid Breda heeft op dat moment al een andere werksessie.", await ErrorsAsync(Fields(Day(10), "15:00", "17:00", _breda, _haarlem)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Werksessies.CountAsync()));
    }

    [Fact]
    public async Task Only_those_invited_and_the_members_of_the_municipalities_taking_part_read_it_and_only_the_organiser_changes_it()
    {
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var url = $"/werksessies/new?barrier=3&experiment={_blocked}";
        var form = await organiser.GetAsync(url, expectSuccess: true);
        var page = (await organiser.SubmitAsync(form, url, Fields(Day(10), "14:00", "16:00", _breda))).Headers.Location!.OriginalString;

        var visitor = await _factory.CreatePortalClient().GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.StartsWith("/account/login", visitor.Headers.Location!.AbsolutePath, StringComparison.Ordinal);

        var venlo = await Network.SignedInAsync(_factory, "lid@venlo.nl");
        Assert.Equal(HttpStatusCode.NotFound, (await venlo.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await venlo.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Accepted" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await venlo.GetAsync(new Uri($"{page}?handler=Calendar", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await venlo.GetAsync(new Uri("/werksessies/999999", UriKind.Relative))).StatusCode);

        // A colleague of the organiser reads it but has no answer to give; the invitee answers but changes nothing.
        var colleague = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        var seen = await colleague.GetAsync(page, expectSuccess: true);
        Assert.Null(seen.QuerySelector("[data-testid=accept]"));
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Accepted" })).StatusCode);
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.PostWithTokenAsync($"{page}?handler=Cancel", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.GetAsync(new Uri($"{page}/edit", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await organiser.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Declined" })).StatusCode);
        var answer = await breda.PostWithTokenAsync($"{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Pending" });
        Assert.Contains("Kies ja of nee.", (await Html.ReadAsync(answer)).SummaryErrors());

        var calendar = await breda.GetAsync(new Uri($"{page}?handler=Calendar", UriKind.Relative));
        Assert.Equal("text/calendar", calendar.Content.Headers.ContentType!.MediaType);
        Assert.Equal("PUBLISH", Ical.Net.Calendar.Load(await calendar.Content.ReadAsStringAsync())!.Method);

        Assert.Contains(page, (await breda.GetAsync("/werksessies", expectSuccess: true)).QuerySelectorAll("[data-testid=werksessies] a").Select(a => a.GetAttribute("href")));
        Assert.NotNull((await venlo.GetAsync("/werksessies", expectSuccess: true)).QuerySelector("[data-testid=werksessies-none]"));

        // The organiser deletes their account: the werksessie goes on, its file downloads, and a network admin cancels it.
        await _factory.WithDbAsync(async db =>
        {
            db.Users.Remove(await db.Users.SingleAsync(u => u.Email == "organisator@tilburg.nl"));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(HttpStatusCode.OK, (await breda.GetAsync(new Uri($"{page}?handler=Calendar", UriKind.Relative))).StatusCode);
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostWithTokenAsync($"{page}?handler=Cancel", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(WerksessieState.Cancelled, await _factory.WithDbAsync(db => db.Werksessies.Select(w => w.State).SingleAsync()));
    }

    [Fact]
    public async Task The_reminder_goes_once_the_day_before_to_those_who_did_not_decline_even_with_two_senders_at_once()
    {
        // Eight in the morning, Dutch time: the session (30 hours on) and its move an hour later stay within one day whenever the test runs.
        var tomorrow = WerksessieTimes.ToLocal(_factory.Clock.GetUtcNow().UtcDateTime).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        Assert.True(WerksessieTimes.TryUtc(tomorrow, "08:00", out var morning));
        _factory.Clock.SetTo(new DateTimeOffset(morning, TimeSpan.Zero));
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var url = $"/werksessies/new?barrier=3&experiment={_blocked}";
        var form = await organiser.GetAsync(url, expectSuccess: true);
        var local = WerksessieTimes.ToLocal(_factory.Clock.GetUtcNow().UtcDateTime).AddHours(30);
        var fields = Fields(local.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), local.ToString("HH:mm", CultureInfo.InvariantCulture), local.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture), _breda, _haarlem);
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.SubmitAsync(form, url, fields)).StatusCode);
        var page = await _factory.WithDbAsync(db => db.Werksessies.Select(w => w.Id).SingleAsync());
        await (await Network.SignedInAsync(_factory, "lid@haarlem.nl")).PostWithTokenAsync($"/werksessies/{page}?handler=Respond", new Dictionary<string, string> { ["response"] = "Declined" });

        Assert.Equal(0, await RemindAsync());
        _factory.Clock.Advance(TimeSpan.FromHours(7));
        var sent = await Task.WhenAll(RemindAsync(), RemindAsync());
        Assert.Equal(2, sent.Sum());
        Assert.Equal(0, await RemindAsync());

        var reminders = await _factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.MessageId.StartsWith("werksessie-reminder.")).Select(m => m.ToAddress).ToListAsync());
        Assert.Equal(["lid@breda.nl", "organisator@tilburg.nl"], reminders.Order());
        var mail = (await Mailbox.AllToAsync(_factory, "lid@breda.nl")).Single(m => m.Subject!.StartsWith("Herinnering", StringComparison.Ordinal));
        Assert.Contains("Herinnering: de werksessie ‘Samen tegen barrière 3’ is binnenkort, op het moment hieronder.", mail.TextBody);
        var startsAt = await _factory.WithDbAsync(db => db.Werksessies.Select(w => w.StartsAtUtc).SingleAsync());
        Assert.Contains(WerksessieTimes.ToLocal(startsAt).ToString("HH:mm", CultureInfo.InvariantCulture), mail.TextBody);

        // Moved an hour later after the reminder went: those who come are reminded of the new time.
        var later = WerksessieTimes.ToLocal(startsAt).AddHours(1);
        organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var edit = await organiser.GetAsync($"/werksessies/{page}/edit", expectSuccess: true);
        var moved = Fields(later.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), later.ToString("HH:mm", CultureInfo.InvariantCulture), later.AddHours(2).ToString("HH:mm", CultureInfo.InvariantCulture));
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.SubmitAsync(edit, $"/werksessies/{page}/edit", moved)).StatusCode);
        Assert.Equal(2, await RemindAsync());
        Assert.Equal(0, await RemindAsync());

        // Once it has begun, it is not cancelled: it was held.
        _factory.Clock.Advance(TimeSpan.FromDays(1));
        organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var cancel = await organiser.PostWithTokenAsync($"/werksessies/{page}?handler=Cancel", new Dictionary<string, string>());
        Assert.Contains("De werksessie is al begonnen.", (await Html.ReadAsync(cancel)).SummaryErrors());
    }

    [Fact]
    public async Task Insights_count_held_werksessies_name_barriers_no_one_overcame_and_compare_the_time_to_overcome_and_the_project_timeline_shows_them()
    {
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        var organiser = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "organisator@tilburg.nl").Select(u => u.Id).SingleAsync());
        var venloProject = (await Make.Project(_factory.Services).In(Venlo).Titled("Venlo zonder werksessie").Themes("underground").Barrier(3).CreateAsync()).Id;
        await Make.Project(_factory.Services).In(Tilburg).Titled("Tilburg loopt vast op contracten").Themes("underground").Barrier(5).CreateAsync();
        await _factory.WithDbAsync(async db =>
        {
            var ids = await db.Municipalities.Where(m => m.CbsCode == Tilburg || m.CbsCode == Breda).ToDictionaryAsync(m => m.CbsCode, m => m.Id);
            var held = new Werksessie(new WerksessieDetails("Gehouden over barrière 3", now.AddDays(-15), now.AddDays(-15).AddHours(2), true, null, "Agenda", "<p>Agenda</p>"), 3, ids[Tilburg], _blocked, null, organiser, now.AddDays(-20));
            held.Invite(organiser, ids[Tilburg], InvitationResponse.Accepted, now.AddDays(-20));
            held.Invite(_breda, ids[Breda], InvitationResponse.Accepted, now.AddDays(-20));
            db.Werksessies.Add(held);
            await db.SaveChangesAsync();

            // Tilburg's barrier blocked 30 days ago and was overcome 10 days ago, after the werksessie; Venlo's took 40 days without one.
            await db.Set<ExperimentBarrier>().Where(b => b.ExperimentId == _blocked && b.BarrierNumber == 3)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.State, BarrierState.Overcome).SetProperty(b => b.BlockingSinceUtc, now.AddDays(-30)).SetProperty(b => b.StateSinceUtc, now.AddDays(-10)));
            return await db.Set<ExperimentBarrier>().Where(b => b.ExperimentId == venloProject && b.BarrierNumber == 3)
                .ExecuteUpdateAsync(set => set.SetProperty(b => b.State, BarrierState.Overcome).SetProperty(b => b.BlockingSinceUtc, now.AddDays(-60)).SetProperty(b => b.StateSinceUtc, now.AddDays(-20)));
        });

        // The projects are for the network: a signed-in reader counts them.
        var member = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        var insights = await member.GetAsync("/insights", expectSuccess: true);
        Assert.Equal("1", insights.QuerySelector("[data-testid=werksessies-held] [data-barrier='3']")!.GetAttribute("data-werksessies"));
        Assert.Equal("20 dagen (1 keer)", insights.Text("[data-testid=time-with]"));
        Assert.Equal("40 dagen (1 keer)", insights.Text("[data-testid=time-without]"));
        Assert.Equal(["5"], insights.QuerySelectorAll("[data-testid=no-one-overcame] [data-barrier]").Select(b => b.GetAttribute("data-barrier")));

        Assert.Contains("Gehouden over barrière 3", (await member.GetAsync($"/experiments/{_blocked}", expectSuccess: true)).Text("[data-testid=timeline-werksessies]"));
        var venlo = await Network.SignedInAsync(_factory, "lid@venlo.nl");
        Assert.Null((await venlo.GetAsync($"/experiments/{_blocked}", expectSuccess: true)).QuerySelector("[data-testid=timeline-werksessies]"));
    }

    private async Task<int> RemindAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<WerksessieReminders>().SendDueAsync(CancellationToken.None);
    }

    private string Day(int fromToday) =>
        DateOnly.FromDateTime(WerksessieTimes.ToLocal(_factory.Clock.GetUtcNow().UtcDateTime)).AddDays(fromToday).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The last Sunday of March after today: the clocks skip 02:00–03:00.</summary>
    private string LastSundayOfMarch()
    {
        var year = _factory.Clock.GetUtcNow().Year + 1;
        var day = new DateOnly(year, 3, 31);
        while (day.DayOfWeek != DayOfWeek.Sunday)
        {
            day = day.AddDays(-1);
        }

        return day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static Dictionary<string, string> Fields(string date, string start, string end, params string[] invitees) => new()
    {
        ["Input.Title"] = "Samen tegen barrière 3",
        ["Input.Date"] = date,
        ["Input.StartTime"] = start,
        ["Input.EndTime"] = end,
        ["Input.Online"] = "true",
        ["Input.Location"] = "https://vergader.example.nl/werksessie",
        ["Input.Agenda"] = "## Wat gebeurde er?\n\n- Tilburg vertelt",
        ["Input.Invitees"] = Html.Many(invitees),
    };

    private static Ical.Net.Calendar Calendar(MimeMessage message, string method)
    {
        var file = message.Attachments.OfType<MimePart>().Single(a => a.ContentType.IsMimeType("text", "calendar"));
        Assert.Equal(method, file.ContentType.Parameters["method"]);
        using var stream = new MemoryStream();
        file.Content!.DecodeTo(stream);
        var calendar = Ical.Net.Calendar.Load(System.Text.Encoding.UTF8.GetString(stream.ToArray()))!;
        Assert.Equal(method, calendar.Method);
        return calendar;
    }
}
