using System.Net;
using LearningNetwork.Application.Digests;
using LearningNetwork.Application.Mail;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Following;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// The six digest tests of reliability.md, with a real SMTP server (netDumbster) and the clock moved through
/// TimeProvider, plus the content rules and one-click unsubscribe.
/// </summary>
public sealed class DigestTests : IDisposable
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private readonly SmtpSink _sink = new();
    private readonly List<PortalFactory> _factories = [];

    [Fact]
    public async Task Planners_run_five_times_and_on_two_servers_at_once_plan_exactly_one_row_per_due_person()
    {
        var factory = NewFactory(keep: true);
        factory.Clock.SetTo(Local(2026, 11, 20, 12));
        var people = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            people.Add(await Network.PersonAsync(factory, $"lezer{i}@example.com", $"Lezer {i}"));
        }

        var off = await Network.PersonAsync(factory, "uit@example.com", "Uit");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == off).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, false)));
        factory.Clock.SetTo(Local(2026, 11, 23, 9));
        var second = NewFactory(folder: factory.DataFolder, clock: factory.Clock, keep: true);

        for (var run = 0; run < 5; run++)
        {
            await PlanAsync(factory);
        }

        var parallel = Enumerable.Range(0, 4).Select(i => PlanAsync(i % 2 == 0 ? factory : second));
        await Task.WhenAll(parallel);

        var rows = await factory.WithDbAsync(db => db.DigestDeliveries.Select(d => new { d.UserId, d.IsoYear, d.IsoWeek }).ToListAsync());
        Assert.Equal(people.Order(), rows.Select(r => r.UserId).Order());
        Assert.All(rows, r => Assert.Equal((2026, 48), (r.IsoYear, r.IsoWeek)));

        // An admin runs the planner for a coming week by hand: its rows (the readers and the admin), once, however often.
        await Network.AdminAsync(factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(factory, "beheer@koppelkansen.nl");
        for (var run = 0; run < 2; run++)
        {
            await admin.PostFormAsync("/admin/digests", new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.Week"] = "49" }, "/admin/digests?handler=Plan");
            var shown = (await admin.GetAsync("/admin/digests", expectSuccess: true)).Text("[data-testid=added]");
            Assert.Equal($"De planner heeft {(run == 0 ? people.Count + 1 : 0)} overzichten toegevoegd voor week 49 van 2026.", shown);
        }

        Assert.Equal(people.Count + 1, await factory.WithDbAsync(db => db.DigestDeliveries.CountAsync(d => d.IsoWeek == 49)));
        var badWeek = await admin.PostFormAsync("/admin/digests", new Dictionary<string, string> { ["Input.Year"] = "2025", ["Input.Week"] = "53" }, "/admin/digests?handler=Plan");
        Assert.Contains("Kies een week van de afgelopen vier weken of de komende week.", (await Html.ReadAsync(badWeek)).SummaryErrors());
    }

    [Fact]
    public async Task A_crash_while_sending_is_recovered_after_a_restart_with_one_message_per_person_per_week()
    {
        var factory = NewFactory(keep: true);
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        var bert = await Content.ReaderAsync(factory, "bert@example.com", "6");
        await Content.ReflectAsync(factory, experiment, author, "Samen plannen werkte", [6], factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await PlanAsync(factory);
        await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().SendDueAsync(CancellationToken.None));

        // The crash: both messages claimed by a sender that then died, after the server took Anne's message.
        var crashedUntil = factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(5);
        await factory.WithDbAsync(db => db.OutboxMessages.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.Status, Domain.Mail.OutboxStatus.Sending)
            .SetProperty(m => m.ClaimToken, Guid.NewGuid())
            .SetProperty(m => m.ClaimedUntilUtc, crashedUntil)));
        var annes = await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == "anne@example.com").SingleAsync());
        await InScopeAsync(factory, sp => sp.GetRequiredService<LearningNetwork.Application.Common.Interfaces.IMailTransport>().DeliverAsync(
            new(annes.ToAddress, annes.ToName, annes.Subject, annes.TextBody, annes.HtmlBody) { MessageId = annes.MessageId }, CancellationToken.None));
        await factory.DisposeAsync();

        // Restarted: while the dead sender's claim holds, nobody touches the messages.
        var restarted = NewFactory(folder: factory.DataFolder, clock: factory.Clock);
        await RoundAsync(restarted);
        Assert.Equal(2, await restarted.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == Domain.Mail.OutboxStatus.Sending)));
        Assert.Empty(_sink.MessagesTo("bert@example.com"));
        restarted.Clock.Advance(TimeSpan.FromMinutes(6));
        await RoundAsync(restarted);
        await RoundAsync(restarted);

        foreach (var (email, id) in new[] { ("anne@example.com", anne), ("bert@example.com", bert) })
        {
            var messages = await _sink.WaitForAsync(email, 1);
            Assert.Equal([$"digest.{id}.2026W48@leernetwerk-koppelkansen.local"], messages.Select(m => m.MessageId).Distinct());
        }

        Assert.All(await restarted.WithDbAsync(db => db.DigestDeliveries.ToListAsync()), d => Assert.Equal(DigestStatus.Sent, d.Status));
    }

    [Fact]
    public async Task A_digest_another_sender_already_queued_leaves_the_rest_of_the_batch_untouched()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var readers = new List<string>();
        foreach (var name in new[] { "anne", "bert", "cees" })
        {
            readers.Add(await Content.ReaderAsync(factory, $"{name}@example.com", "6"));
        }

        await Content.ReflectAsync(factory, experiment, author, "Samen plannen werkte", [6], factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await PlanAsync(factory);

        // Bert's digest is already in the outbox, queued by a sender whose claim ran out: the unique Message-ID refuses ours.
        var bertsId = $"digest.{readers[1]}.2026W48@leernetwerk-koppelkansen.local";
        await InScopeAsync(factory, sp => sp.GetRequiredService<LearningNetwork.Application.Common.Interfaces.IMailSender>()
            .SendAsync(new("bert@example.com", "bert", "Je wekelijkse overzicht", "Eerder klaargezet", "<p>Eerder klaargezet</p>") { MessageId = bertsId }, CancellationToken.None));
        await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().SendDueAsync(CancellationToken.None));
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));

        foreach (var name in new[] { "anne", "bert", "cees" })
        {
            Assert.Single(await _sink.WaitForAsync($"{name}@example.com", 1));
        }

        Assert.Equal([bertsId], _sink.MessagesTo("bert@example.com").Select(m => m.MessageId));
        var statuses = await factory.WithDbAsync(db => db.DigestDeliveries.Select(d => d.Status).ToListAsync());
        Assert.DoesNotContain(statuses, s => s is DigestStatus.Pending or DigestStatus.Sending);
    }

    [Fact]
    public async Task Smtp_421_and_451_are_retried_with_backoff_and_a_550_fails_at_once_until_an_admin_retries()
    {
        using var proxy = new FaultySmtpProxy(_sink.Port);
        var factory = NewFactory(proxy: proxy);
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        await Content.ReaderAsync(factory, "anne@example.com", "6");
        await Content.ReflectAsync(factory, experiment, author, "Samen plannen werkte", [6], factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.SetTo(Local(2026, 11, 23, 8));

        proxy.Fail(421);
        proxy.Fail(451);
        await RoundAsync(factory);
        Assert.Equal(1, proxy.Connections);
        await RoundAsync(factory);
        Assert.Equal(1, proxy.Connections);
        var first = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal((Domain.Mail.OutboxStatus.Pending, 1), (first.Status, first.Attempts));
        Assert.Contains("421", first.LastError, StringComparison.Ordinal);
        Assert.InRange((first.NextAttemptAtUtc - factory.Clock.GetUtcNow().UtcDateTime).TotalSeconds, 40, 75);

        factory.Clock.Advance(TimeSpan.FromMinutes(2));
        await RoundAsync(factory);
        var second = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal((2, 2), (proxy.Connections, second.Attempts));
        Assert.InRange((second.NextAttemptAtUtc - factory.Clock.GetUtcNow().UtcDateTime).TotalSeconds, 90, 150);

        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        await RoundAsync(factory);
        Assert.Equal(3, proxy.Connections);
        Assert.Single(await _sink.WaitForAsync("anne@example.com", 1));
        Assert.Equal(DigestStatus.Sent, await factory.WithDbAsync(db => db.DigestDeliveries.Select(d => d.Status).SingleAsync()));

        // A permanent refusal: Failed at once, no more attempts, visible to admins, and sent after their retry.
        await Network.PersonAsync(factory, "weg@example.com", "Weg");
        proxy.Fail(550);
        await InScopeAsync(factory, sp => sp.GetRequiredService<LearningNetwork.Application.Common.Interfaces.IMailSender>().SendAsync(new("weg@example.com", "Weg", "Onderwerp", "Tekst", "<p>Tekst</p>"), CancellationToken.None));
        await RoundAsync(factory);
        factory.Clock.Advance(TimeSpan.FromDays(1));
        await RoundAsync(factory);
        Assert.Equal(4, proxy.Connections);
        var failed = await factory.WithDbAsync(db => db.OutboxMessages.SingleAsync());
        Assert.Equal((Domain.Mail.OutboxStatus.Failed, 1), (failed.Status, failed.Attempts));

        await Network.AdminAsync(factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(factory, "beheer@koppelkansen.nl");
        var page = await admin.GetAsync("/admin/digests", expectSuccess: true);
        Assert.Contains("550", page.Text("[data-testid=failed-mail] [data-testid=reason]"), StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("[data-testid=weeks] td[data-status=Sent]")!.TextContent);
        await admin.PostFormAsync("/admin/digests", new Dictionary<string, string>(), $"/admin/digests?handler=Retry&id={failed.Id}");
        Assert.Equal("De e-mail staat weer in de wachtrij.", (await admin.GetAsync("/admin/digests", expectSuccess: true)).Text("[data-testid=message]"));
        await RoundAsync(factory);
        Assert.Single(await _sink.WaitForAsync("weg@example.com", 1));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Down_across_monday_morning_and_back_on_tuesday_that_week_is_delivered_once()
    {
        var factory = NewFactory(keep: true);
        factory.Clock.SetTo(Local(2026, 11, 25, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        await Content.ReflectAsync(factory, experiment, author, "Voor de storing", [6], factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.SetTo(Local(2026, 11, 29, 20));
        await RoundAsync(factory);
        Assert.Equal(0, await factory.WithDbAsync(db => db.DigestDeliveries.CountAsync(d => d.IsoWeek == 49)));
        await factory.DisposeAsync();

        factory.Clock.SetTo(Local(2026, 12, 1, 10));
        var back = NewFactory(folder: factory.DataFolder, clock: factory.Clock);
        for (var i = 0; i < 3; i++)
        {
            await RoundAsync(back);
        }

        var messages = await _sink.WaitForAsync("anne@example.com", 1);
        Assert.Equal([$"digest.{anne}.2026W49@leernetwerk-koppelkansen.local"], messages.Select(m => m.MessageId));
        Assert.Contains("Voor de storing", messages[0].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Daylight_saving_weekends_and_iso_week_53_give_one_digest_a_week_without_gap_or_double()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 3, 1, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        var ranges = new[] { (Local(2026, 3, 16, 0), Local(2026, 4, 7, 0)), (Local(2026, 10, 19, 0), Local(2026, 11, 4, 0)), (Local(2026, 12, 21, 0), Local(2027, 1, 13, 0)) };
        foreach (var (from, to) in ranges)
        {
            for (var day = from.AddDays(-7); day < to; day = day.AddDays(1))
            {
                await Content.ReflectAsync(factory, experiment, author, $"Dag {day:yyyy-MM-dd}", [6], day.UtcDateTime.AddHours(3));
            }
        }

        foreach (var (from, to) in ranges)
        {
            for (var moment = from; moment < to; moment = moment.AddHours(3))
            {
                factory.Clock.SetTo(moment);
                await RoundAsync(factory);
            }
        }

        var weeks = await factory.WithDbAsync(db => db.DigestDeliveries.Where(d => d.UserId == anne).OrderBy(d => d.DueAtUtc).Select(d => new { d.IsoYear, d.IsoWeek, d.Status, d.DueAtUtc }).ToListAsync());
        Assert.Equal(
            ["2026W11", "2026W12", "2026W13", "2026W14", "2026W15", "2026W42", "2026W43", "2026W44", "2026W45", "2026W51", "2026W52", "2026W53", "2027W01", "2027W02"],
            weeks.Select(w => $"{w.IsoYear}W{w.IsoWeek:00}"));
        Assert.All(weeks, w => Assert.Equal(DigestStatus.Sent, w.Status));
        Assert.All(weeks, w => Assert.Equal(new TimeSpan(7, 0, 0), TimeZoneInfo.ConvertTimeFromUtc(w.DueAtUtc, Amsterdam).TimeOfDay));
        Assert.Equal(DayOfWeek.Monday, TimeZoneInfo.ConvertTimeFromUtc(weeks.Single(w => w.IsoWeek == 53).DueAtUtc, Amsterdam).DayOfWeek);

        var messages = await _sink.WaitForAsync("anne@example.com", weeks.Count);
        Assert.Equal(weeks.Count, messages.Count);
        Assert.Equal(weeks.Count, messages.Select(m => m.MessageId).Distinct().Count());

        // Each day's reflection is in exactly one digest: no gap between weeks, nothing twice.
        var mentioned = messages.SelectMany(m => System.Text.RegularExpressions.Regex.Matches(m.TextBody ?? string.Empty, @"^Dag \d{4}-\d{2}-\d{2}$", System.Text.RegularExpressions.RegexOptions.Multiline).Select(x => x.Value)).ToList();
        Assert.Equal(mentioned.Count, mentioned.Distinct().Count());
        Assert.Contains("Dag 2026-03-29", mentioned);
        Assert.Contains("Dag 2026-10-25", mentioned);
        Assert.Contains("Dag 2026-12-31", mentioned);
    }

    [Fact]
    public async Task Nothing_the_person_may_not_read_at_send_time_reaches_the_digest()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var member = await Network.PersonAsync(factory, "lid@tilburg.nl", "Tilburgs lid", "GM0855");
        await Content.FollowAsync(factory, member, FollowKind.Barrier, "6");
        var (open, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var (ownDraft, tilburgAuthor) = await Content.ProjectAsync(factory, Visibility.Draft, "GM0855", "auteur@tilburg.nl");
        var (otherDraft, bredaAuthor) = await Content.ProjectAsync(factory, Visibility.Draft, "GM0758", "auteur@breda.nl");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        await Content.ReflectAsync(factory, open, author, "Openbare reflectie", [6], now);
        await Content.ReflectAsync(factory, ownDraft, tilburgAuthor, "Concept van de eigen gemeente", [6], now);
        await Content.ReflectAsync(factory, otherDraft, bredaAuthor, "Concept van Breda", [6], now);
        var hidden = await Content.ReflectAsync(factory, open, author, "Verborgen reflectie", [6], now);
        await factory.WithDbAsync(async db =>
        {
            (await db.Reflections.SingleAsync(r => r.Id == hidden)).Hide(author, "Persoonsgegevens", now);
            return await db.SaveChangesAsync();
        });

        // Before the send the member leaves Tilburg: its drafts are no longer theirs to read.
        await factory.WithDbAsync(db => db.Memberships.Where(m => m.UserId == member).ExecuteDeleteAsync());
        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await RoundAsync(factory);

        var mail = Assert.Single(await _sink.WaitForAsync("lid@tilburg.nl", 1));
        var text = mail.TextBody + mail.HtmlBody;
        Assert.Contains("Openbare reflectie", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Concept", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Verborgen", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follower_of_barrier_6_gets_its_reflection_and_not_one_only_on_barrier_2_and_an_empty_week_sends_nothing()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        var bob = await Content.ReaderAsync(factory, "bob@example.com", "6");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == bob).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, "en")));
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var six = await Content.ReflectAsync(factory, experiment, author, "Over belemmering zes", [6], now);
        await Content.ReflectAsync(factory, experiment, author, "Alleen over belemmering twee", [2], now.AddHours(1));
        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await RoundAsync(factory);

        var mail = Assert.Single(await _sink.WaitForAsync("anne@example.com", 1));
        Assert.Contains("Over belemmering zes", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("belemmering twee", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains($"/reflections/{six}", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("1 nieuw voor jou", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("1 nieuwe reflectie en 0 beantwoorde leervragen.", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("nl", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(mail.HtmlBody ?? string.Empty).DocumentElement.GetAttribute("lang"));
        var english = Assert.Single(await _sink.WaitForAsync("bob@example.com", 1));
        Assert.Equal("Your weekly digest: 1 new for you", english.Subject);
        Assert.Contains("New reflection", english.TextBody, StringComparison.Ordinal);
        Assert.Contains("1 new reflection and 0 answered learning questions.", english.TextBody, StringComparison.Ordinal);

        // The next week brings nothing new: no mail, the delivery is Skipped.
        factory.Clock.SetTo(Local(2026, 11, 30, 8));
        await RoundAsync(factory);
        Assert.Single(_sink.MessagesTo("anne@example.com"));
        Assert.Equal(DigestStatus.Skipped, await factory.WithDbAsync(db => db.DigestDeliveries.Where(d => d.UserId == anne && d.IsoWeek == 49).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_blocked_account_gets_no_digest_not_even_one_already_in_the_outbox()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        var carl = await Content.ReaderAsync(factory, "carl@example.com", "6");
        await Content.ReaderAsync(factory, "dora@example.com", "6");
        await Content.ReflectAsync(factory, experiment, author, "Over belemmering zes", [6], factory.Clock.GetUtcNow().UtcDateTime);
        await Network.AdminAsync(factory, "beheer@koppelkansen.nl");
        await BlockAsync(factory, anne);

        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await PlanAsync(factory);
        Assert.False(await factory.WithDbAsync(db => db.DigestDeliveries.AnyAsync(d => d.UserId == anne)));
        await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().SendDueAsync(CancellationToken.None));
        Assert.Equal(DigestStatus.Queued, await factory.WithDbAsync(db => db.DigestDeliveries.Where(d => d.UserId == carl).Select(d => d.Status).SingleAsync()));

        // Blocked while the digest waits in the outbox: it is dropped, not sent.
        await BlockAsync(factory, carl);
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));

        Assert.Single(await _sink.WaitForAsync("dora@example.com", 1));
        Assert.Empty(_sink.MessagesTo("anne@example.com"));
        Assert.Empty(_sink.MessagesTo("carl@example.com"));
        Assert.Equal(DigestStatus.Skipped, await factory.WithDbAsync(db => db.DigestDeliveries.Where(d => d.UserId == carl).Select(d => d.Status).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == "carl@example.com")));
    }

    [Fact]
    public async Task One_click_unsubscribe_from_the_header_turns_the_digest_off_and_next_week_brings_no_mail()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        await Content.ReflectAsync(factory, experiment, author, "Week één", [6], factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await RoundAsync(factory);

        var mail = Assert.Single(await _sink.WaitForAsync("anne@example.com", 1));
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        var header = mail.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>');
        var url = new Uri(header).PathAndQuery;
        Assert.Contains(url, mail.TextBody, StringComparison.Ordinal);

        var tampered = await factory.CreatePortalClient().PostAsync(new Uri(url[..^3] + "abc", UriKind.Relative), new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        Assert.NotNull((await Html.ReadAsync(tampered)).QuerySelector("[data-testid=invalid-link]"));

        // RFC 8058: the mail client POSTs to the header's address, without a session or a form token.
        var response = await factory.CreatePortalClient().PostAsync(new Uri(url, UriKind.Relative), new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await Html.ReadAsync(response)).QuerySelector("[data-testid=unsubscribed]"));
        Assert.False(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == anne).Select(u => u.WeeklyDigest).SingleAsync()));

        await Content.ReflectAsync(factory, experiment, author, "Week twee", [6], factory.Clock.GetUtcNow().UtcDateTime);
        factory.Clock.SetTo(Local(2026, 11, 30, 8));
        await RoundAsync(factory);
        Assert.Single(_sink.MessagesTo("anne@example.com"));
        Assert.False(await factory.WithDbAsync(db => db.DigestDeliveries.AnyAsync(d => d.IsoWeek == 49)));

        // An expired link (older than 60 days) changes nothing and says so.
        factory.Clock.Advance(TimeSpan.FromDays(61));
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == anne).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, true)));
        var expired = await factory.CreatePortalClient().PostAsync(new Uri(url, UriKind.Relative), new StringContent("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.Equal(HttpStatusCode.BadRequest, expired.StatusCode);
        Assert.True(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == anne).Select(u => u.WeeklyDigest).SingleAsync()));
    }

    [Fact]
    public async Task The_settings_page_switches_the_digest_and_its_language_and_previews_the_next_one()
    {
        var factory = NewFactory();
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        await Content.ReaderAsync(factory, "anne@example.com", "6");
        await Content.ReflectAsync(factory, experiment, author, "Te zien in het voorbeeld", [6], factory.Clock.GetUtcNow().UtcDateTime.AddMinutes(-1));
        var client = await Network.SignedInAsync(factory, "anne@example.com");

        var preview = await client.GetAsync(new Uri("/account/digest/preview", UriKind.Relative));
        Assert.Equal("text/html", preview.Content.Headers.ContentType!.MediaType);
        Assert.Contains("Te zien in het voorbeeld", await preview.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("Te zien in het voorbeeld", await client.GetStringAsync(new Uri("/account/digest/preview?format=text", UriKind.Relative)), StringComparison.Ordinal);

        await client.PostFormAsync("/account/digest", new Dictionary<string, string> { ["Input.WeeklyDigest"] = "false", ["Input.Language"] = "en" });
        var person = await factory.WithDbAsync(db => db.Users.Where(u => u.Email == "anne@example.com").Select(u => new { u.WeeklyDigest, u.PreferredLanguage }).SingleAsync());
        Assert.Equal((false, "en"), (person.WeeklyDigest, person.PreferredLanguage));
        var bad = await client.PostFormAsync("/account/digest", new Dictionary<string, string> { ["Input.WeeklyDigest"] = "true", ["Input.Language"] = "xx" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.NotEmpty((await Html.ReadAsync(bad)).SummaryErrors());
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreatePortalClient().GetAsync(new Uri("/account/digest/preview", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_test_digest_from_the_settings_page_is_the_real_mail_marked_as_a_test_and_the_weeks_digest_still_goes_out()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var (experiment, author) = await Content.ProjectAsync(factory, Visibility.Public);
        var anne = await Content.ReaderAsync(factory, "anne@example.com", "6");
        var now = factory.Clock.GetUtcNow().UtcDateTime;
        var six = await Content.ReflectAsync(factory, experiment, author, "Over belemmering zes", [6], now.AddMinutes(-2));
        await Content.ReflectAsync(factory, experiment, author, "Alleen over belemmering twee", [2], now.AddMinutes(-1));
        var client = await Network.SignedInAsync(factory, "anne@example.com");

        var page = await client.GetAsync("/account/digest", expectSuccess: true);
        Assert.Equal("Stuur mij nu een proefoverzicht", page.Text("[data-testid=send-test]"));
        var posted = await client.SubmitAsync(page, "/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("Proefoverzicht verstuurd naar anne@example.com.", (await client.GetAsync("/account/digest", expectSuccess: true)).Text("[data-testid=test-sent]"));
        Assert.False(await factory.WithDbAsync(db => db.DigestDeliveries.AnyAsync()));
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));

        var test = Assert.Single(await _sink.WaitForAsync("anne@example.com", 1));
        Assert.Equal("[Proef] Je wekelijkse overzicht: 1 nieuw voor jou", test.Subject);
        Assert.StartsWith("Dit is een proefoverzicht, verstuurd omdat je erom vroeg. Het telt niet als het overzicht van deze week. Je wekelijkse overzicht komt gewoon op maandag 23 november 07:00.", test.TextBody, StringComparison.Ordinal);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(test.HtmlBody ?? string.Empty);
        Assert.StartsWith("Dit is een proefoverzicht", html.QuerySelector("[role=article] > p")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Over belemmering zes", test.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/reflections/{six}", test.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("belemmering twee", test.TextBody + test.HtmlBody, StringComparison.Ordinal);
        Assert.NotNull(test.Headers[HeaderId.ListUnsubscribe]);

        // Monday: the week's own digest goes out all the same, once, and is not marked as a test.
        factory.Clock.SetTo(Local(2026, 11, 23, 8));
        await RoundAsync(factory);
        var messages = await _sink.WaitForAsync("anne@example.com", 2);
        var weekly = Assert.Single(messages, m => m.MessageId == $"digest.{anne}.2026W48@leernetwerk-koppelkansen.local");
        Assert.Equal(2, messages.Count);
        Assert.Equal("Je wekelijkse overzicht: 1 nieuw voor jou", weekly.Subject);
        Assert.Contains("Over belemmering zes", weekly.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("proefoverzicht", weekly.TextBody + weekly.HtmlBody, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(DigestStatus.Sent, await factory.WithDbAsync(db => db.DigestDeliveries.Where(d => d.UserId == anne && d.IsoWeek == 48).Select(d => d.Status).SingleAsync()));
    }

    [Fact]
    public async Task An_empty_test_digest_still_arrives_in_the_persons_language_and_says_what_the_week_would_bring()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 18, 12));
        var bob = await Network.PersonAsync(factory, "bob@example.com", "Bob");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == bob).ExecuteUpdateAsync(s => s.SetProperty(u => u.PreferredLanguage, "en").SetProperty(u => u.WeeklyDigest, false)));
        var client = await Network.SignedInAsync(factory, "bob@example.com", "en");

        await client.PostFormAsync("/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test");
        Assert.Equal("Test digest sent to bob@example.com.", (await client.GetAsync("/account/digest", expectSuccess: true)).Text("[data-testid=test-sent]"));
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));

        var test = Assert.Single(await _sink.WaitForAsync("bob@example.com", 1));
        Assert.Equal("[Test] Your weekly digest: 0 new for you", test.Subject);
        Assert.StartsWith(
            "This is a test digest, sent because you asked for it. It does not count as this week's digest. Your weekly digest is switched off: switch it on in your digest settings to get it every week. Nothing is new yet in what you follow since your previous digest. If that stays so, you will get no digest this week.",
            test.TextBody,
            StringComparison.Ordinal);
        Assert.Equal("en", new AngleSharp.Html.Parser.HtmlParser().ParseDocument(test.HtmlBody ?? string.Empty).DocumentElement.GetAttribute("lang"));
        Assert.False(await factory.WithDbAsync(db => db.DigestDeliveries.AnyAsync()));
    }

    [Fact]
    public async Task Only_a_signed_in_person_can_ask_for_a_test_digest_with_the_forms_token()
    {
        var factory = NewFactory();
        await Network.PersonAsync(factory, "anne@example.com", "Anne");

        var anonymous = await factory.CreatePortalClient().PostWithTokenAsync("/account/digest?handler=Test", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        var client = await Network.SignedInAsync(factory, "anne@example.com");
        var forged = await client.PostAsync(new Uri("/account/digest?handler=Test", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>()));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        var posted = await client.PostFormAsync("/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));
        Assert.Single(await _sink.WaitForAsync("anne@example.com", 1));
        Assert.Equal(["anne@example.com"], _sink.Recipients());
    }

    [Fact]
    public async Task Test_digests_are_rate_limited_like_the_other_account_forms()
    {
        var factory = NewFactory();
        factory.WithSetting("RateLimiting:AccountPermitLimit", "3");
        await Network.PersonAsync(factory, "anne@example.com", "Anne");
        var client = await Network.SignedInAsync(factory, "anne@example.com");

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 3; attempt++)
        {
            statuses.Add((await client.PostFormAsync("/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test")).StatusCode);
        }

        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(2, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.ToAddress == "anne@example.com")));
    }

    [Fact]
    public async Task A_blocked_account_gets_no_test_digest()
    {
        var factory = NewFactory();
        foreach (var name in new[] { "anne", "carl", "dora" })
        {
            await Network.PersonAsync(factory, $"{name}@example.com", name);
        }

        await Network.AdminAsync(factory, "beheer@koppelkansen.nl");
        var anne = await Network.SignedInAsync(factory, "anne@example.com");
        var carl = await Network.SignedInAsync(factory, "carl@example.com");
        var dora = await Network.SignedInAsync(factory, "dora@example.com");
        var annesPage = await anne.GetAsync("/account/digest", expectSuccess: true);

        // Blocked with the page open: the session ends, so the button leads to the login page.
        await BlockAsync(factory, await IdOfAsync(factory, "anne@example.com"));
        var refused = await anne.SubmitAsync(annesPage, "/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/account/login", refused.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);

        // Blocked while the test waits in the outbox: it is dropped, not sent.
        Assert.Equal(HttpStatusCode.Redirect, (await carl.PostFormAsync("/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test")).StatusCode);
        await BlockAsync(factory, await IdOfAsync(factory, "carl@example.com"));
        Assert.Equal(HttpStatusCode.Redirect, (await dora.PostFormAsync("/account/digest", new Dictionary<string, string>(), "/account/digest?handler=Test")).StatusCode);
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));

        Assert.Single(await _sink.WaitForAsync("dora@example.com", 1));
        Assert.Empty(_sink.MessagesTo("anne@example.com"));
        Assert.Empty(_sink.MessagesTo("carl@example.com"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_planner_run_that_adds_nothing_says_who_was_passed_over_and_why_in_the_neutral_style()
    {
        var factory = NewFactory();
        factory.Clock.SetTo(Local(2026, 11, 20, 12));
        await Network.PersonAsync(factory, "anne@example.com", "Anne");
        var bert = await Network.PersonAsync(factory, "bert@example.com", "Bert");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == bert).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, false)));
        var carl = await Network.PersonAsync(factory, "carl@example.com", "Carl");
        var dora = await Network.PersonAsync(factory, "dora@example.com", "Dora");
        await factory.WithDbAsync(db => db.Users.Where(u => u.Id == dora).ExecuteUpdateAsync(s => s.SetProperty(u => u.EmailConfirmed, false)));
        await Network.AdminAsync(factory, "beheer@koppelkansen.nl");
        await BlockAsync(factory, carl);
        factory.Clock.SetTo(Local(2026, 11, 25, 12));
        await Network.PersonAsync(factory, "eva@example.com", "Eva");
        await PlanAsync(factory);
        var admin = await Network.SignedInAsync(factory, "beheer@koppelkansen.nl");

        await admin.PostFormAsync("/admin/digests", new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.Week"] = "48" }, "/admin/digests?handler=Plan");
        var page = await admin.GetAsync("/admin/digests", expectSuccess: true);
        var message = page.QuerySelector("[data-testid=message]")!;
        Assert.Contains("utrecht-alert--info", message.ClassList);
        Assert.DoesNotContain("utrecht-alert--ok", message.ClassList);
        Assert.Equal("De planner heeft 0 overzichten toegevoegd voor week 48 van 2026.", page.Text("[data-testid=added]"));
        Assert.Equal(
            "Niet toegevoegd: 2 mensen hebben voor die week al een overzicht; 1 persoon heeft het overzicht uitgezet; 1 account is geblokkeerd; "
                + "1 persoon heeft nog geen bevestigd e-mailadres; 1 account is aangemaakt na het verzendmoment van die week.",
            page.Text("[data-testid=not-planned]"));

        // The coming week adds Anne, Eva and the admin: the success style, and still why the others were passed over.
        await admin.PostFormAsync("/admin/digests", new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.Week"] = "49" }, "/admin/digests?handler=Plan");
        page = await admin.GetAsync("/admin/digests", expectSuccess: true);
        Assert.Contains("utrecht-alert--ok", page.QuerySelector("[data-testid=message]")!.ClassList);
        Assert.Equal("De planner heeft 3 overzichten toegevoegd voor week 49 van 2026.", page.Text("[data-testid=added]"));
        Assert.Equal("Niet toegevoegd: 1 persoon heeft het overzicht uitgezet; 1 account is geblokkeerd; 1 persoon heeft nog geen bevestigd e-mailadres.", page.Text("[data-testid=not-planned]"));
        var english = await Network.SignedInAsync(factory, "beheer@koppelkansen.nl", "en");
        await english.PostFormAsync("/admin/digests", new Dictionary<string, string> { ["Input.Year"] = "2026", ["Input.Week"] = "49" }, "/admin/digests?handler=Plan");
        page = await english.GetAsync("/admin/digests", expectSuccess: true);
        Assert.Equal("The planner added 0 digests for week 49 of 2026.", page.Text("[data-testid=added]"));
        Assert.Equal(
            "Not added: 3 people already have a digest for that week; 1 person has switched the digest off; 1 account is blocked; 1 person has not confirmed their e-mail address yet.",
            page.Text("[data-testid=not-planned]"));
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        _sink.Dispose();
    }

    private static DateTimeOffset Local(int year, int month, int day, int hour)
    {
        var local = new DateTime(year, month, day, hour, 0, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local));
    }

    private ClockedPortalFactory NewFactory(string? folder = null, MovableClock? clock = null, bool keep = false, FaultySmtpProxy? proxy = null)
    {
        var factory = folder is null ? new ClockedPortalFactory { KeepDataFolder = keep } : new ClockedPortalFactory(folder, clock!) { KeepDataFolder = keep };
        if (proxy is null)
        {
            _sink.Configure(factory);
        }
        else
        {
            proxy.Configure(factory);
        }

        factory.WithSetting("Delivery:RunInBackground", "false").WithSetting("Portal:PublicUrl", "https://koppelkansen.example.nl");
        _factories.Add(factory);
        return factory;
    }

    /// <summary>A network admin blocks the account on /admin/people, as in the portal.</summary>
    private static async Task BlockAsync(PortalFactory factory, string userId)
    {
        var admin = await Network.SignedInAsync(factory, "beheer@koppelkansen.nl");
        var blocked = await admin.PostWithTokenAsync($"/admin/people?userId={userId}&disabled=true&handler=Disable", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, blocked.StatusCode);
    }

    private static Task<string> IdOfAsync(PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task PlanAsync(PortalFactory factory) =>
        await InScopeAsync(factory, sp => sp.GetRequiredService<DigestPlanner>().PlanDueWeekAsync(CancellationToken.None));

    /// <summary>One round of what the background does: plan, compose, deliver.</summary>
    private static async Task RoundAsync(PortalFactory factory)
    {
        await PlanAsync(factory);
        await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().SendDueAsync(CancellationToken.None));
        await InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));
    }

    private static async Task InScopeAsync(PortalFactory factory, Func<IServiceProvider, Task> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await work(scope.ServiceProvider);
    }
}
