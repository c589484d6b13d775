using System.Net;
using System.Xml.Linq;
using LearningNetwork.Application.Digests;
using LearningNetwork.Application.Mail;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 19, part 2 (by mail and feed): at once, batched to one mail per person per 15 minutes, never for what was
/// seen in the portal, exactly once with two nodes, a crash or an SMTP outage; weekly in the digest or not at all, per
/// kind, with one-click unsubscribe per kind; the remaining events; and the private Atom feed.
/// </summary>
public sealed class NotificationMailTests : IDisposable
{
    private static readonly DateTime Start = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);
    private readonly SmtpSink _sink = new();
    private readonly List<PortalFactory> _factories = [];

    [Fact]
    public async Task Notifications_at_once_are_batched_into_one_mail_per_fifteen_minutes_holding_everything_new()
    {
        var factory = NewFactory();
        var (reflection, _) = await ThreadAsync(factory);
        var breda = await Network.SignedInAsync(factory, "lid@breda.nl");
        var haarlem = await Network.SignedInAsync(factory, "lid@haarlem.nl");

        await CommentAsync(breda, reflection, "Hoe deden jullie de planning?");
        factory.Clock.Advance(TimeSpan.FromMinutes(10));
        Assert.Equal(0, await MailRoundAsync(factory));
        await CommentAsync(haarlem, reflection, "Wij lopen hier ook tegenaan.");
        factory.Clock.Advance(TimeSpan.FromMinutes(5).Add(TimeSpan.FromSeconds(1)));
        Assert.Equal(1, await MailRoundAsync(factory));
        Assert.Equal(0, await MailRoundAsync(factory));

        var mail = Assert.Single(await _sink.WaitForAsync("auteur@tilburg.nl", 1));
        Assert.Equal("2 nieuwe meldingen in het Leernetwerk Koppelkansen", mail.Subject);
        Assert.Contains("Lid Breda reageerde op je reflectie ‘Samen plannen werkte’.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains("Lid Haarlem reageerde op je reflectie ‘Samen plannen werkte’.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"https://koppelkansen.example.nl/reflections/{reflection}#comment-", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith("notify.", mail.MessageId, StringComparison.Ordinal);

        // What comes a minute after the mail waits its own window: never two mails within fifteen minutes.
        factory.Clock.Advance(TimeSpan.FromMinutes(1));
        await CommentAsync(breda, reflection, "Nog een vraag.");
        factory.Clock.Advance(TimeSpan.FromMinutes(14));
        // Only Breda's mail is due now: Haarlem's comment told Breda too (Breda commented first), fifteen minutes ago.
        Assert.Equal(1, await MailRoundAsync(factory));
        Assert.Contains("Lid Haarlem reageerde ook onder ‘Samen plannen werkte’", Assert.Single(await _sink.WaitForAsync("lid@breda.nl", 1)).TextBody, StringComparison.Ordinal);
        Assert.Single(_sink.MessagesTo("auteur@tilburg.nl"));
        factory.Clock.Advance(TimeSpan.FromMinutes(1).Add(TimeSpan.FromSeconds(1)));
        // The author's second mail, and Haarlem's (Haarlem commented in the thread before Breda's new comment).
        Assert.Equal(2, await MailRoundAsync(factory));
        var second = (await _sink.WaitForAsync("auteur@tilburg.nl", 2)).Single(m => m.MessageId != mail.MessageId);
        Assert.Equal("1 nieuwe melding in het Leernetwerk Koppelkansen", second.Subject);
        Assert.DoesNotContain("Lid Haarlem", second.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_seen_in_the_portal_is_mailed_and_a_blocked_account_gets_no_mail()
    {
        var factory = NewFactory();
        var (reflection, _) = await ThreadAsync(factory);
        var breda = await Network.SignedInAsync(factory, "lid@breda.nl");
        var author = await Network.SignedInAsync(factory, "auteur@tilburg.nl");

        await CommentAsync(breda, reflection, "Hoe deden jullie de planning?");
        factory.Clock.Advance(TimeSpan.FromMinutes(3));
        // The list shows it: seen, though still unread.
        var list = await author.GetAsync("/notifications", expectSuccess: true);
        Assert.Equal("false", list.QuerySelector("[data-testid=notification]")!.GetAttribute("data-read"));
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, await MailRoundAsync(factory));

        // Blocked after the event: no mail of any kind.
        await CommentAsync(breda, reflection, "En de bewoners?");
        await Network.AdminAsync(factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(factory, "beheer@koppelkansen.nl");
        var author2 = await IdOfAsync(factory, "auteur@tilburg.nl");
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostWithTokenAsync($"/admin/people?userId={author2}&disabled=true&handler=Disable", new Dictionary<string, string>())).StatusCode);
        factory.Clock.Advance(TimeSpan.FromMinutes(20));
        Assert.Equal(0, await MailRoundAsync(factory));
        await Task.Delay(300);
        Assert.Empty(_sink.MessagesTo("auteur@tilburg.nl"));
    }

    [Fact]
    public async Task Two_nodes_a_crash_and_an_smtp_outage_still_give_one_mail_per_person_and_batch()
    {
        using var proxy = new FaultySmtpProxy(_sink.Port);
        var first = NewFactory(keep: true, proxy: proxy);
        var (reflection, _) = await ThreadAsync(first);
        var second = NewFactory(folder: first.DataFolder, clock: first.Clock, proxy: proxy);
        await CommentAsync(await Network.SignedInAsync(first, "lid@breda.nl"), reflection, "Hoe deden jullie de planning?");
        first.Clock.Advance(TimeSpan.FromMinutes(16));

        // A crash between marking the notification and storing the mail: nothing of it stays.
        await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("CREATE TRIGGER no_mail BEFORE INSERT ON OutboxMessages BEGIN SELECT RAISE(ABORT, 'crash while storing mail'); END"));
        Assert.Equal(0, await ComposeAsync(first));
        Assert.Equal(0, await first.WithDbAsync(db => db.Notifications.CountAsync(n => n.MailMessageId != null)));
        await first.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER no_mail"));

        // Both nodes, several rounds at once: one mail in the outbox.
        var rounds = Enumerable.Range(0, 6).Select(i => ComposeAsync(i % 2 == 0 ? first : second));
        Assert.Equal(1, (await Task.WhenAll(rounds)).Sum());
        Assert.Equal(1, await first.WithDbAsync(db => db.OutboxMessages.CountAsync()));

        // The SMTP server is away twice; the outbox tries again later, with the same Message-ID.
        proxy.Fail(421);
        await DeliverAsync(first);
        Assert.Equal(1, await first.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Status == Domain.Mail.OutboxStatus.Pending && m.Attempts == 1)));
        first.Clock.Advance(TimeSpan.FromMinutes(2));
        await Task.WhenAll(DeliverAsync(first), DeliverAsync(second));
        await MailRoundAsync(second);

        var mails = await _sink.WaitForAsync("auteur@tilburg.nl", 1);
        await Task.Delay(300);
        Assert.Single(_sink.MessagesTo("auteur@tilburg.nl"));
        Assert.Equal(0, await first.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(mails[0].MessageId, await first.WithDbAsync(db => db.Notifications.Select(n => n.MailMessageId).SingleAsync()));
    }

    [Fact]
    public async Task Each_kind_goes_at_once_weekly_or_not_at_all_as_chosen_and_one_click_stops_one_kind()
    {
        var factory = NewFactory();
        var (reflection, _) = await ThreadAsync(factory);
        var breda = await Network.SignedInAsync(factory, "lid@breda.nl");
        var haarlem = await Network.SignedInAsync(factory, "lid@haarlem.nl");
        var author = await Network.SignedInAsync(factory, "auteur@tilburg.nl");
        var authorId = await IdOfAsync(factory, "auteur@tilburg.nl");

        var settings = await author.GetAsync("/notifications/settings", expectSuccess: true);
        Assert.NotNull(settings.QuerySelector("#delivery-CommentOnMyReflection-Immediately[checked]"));
        Assert.NotNull(settings.QuerySelector("#delivery-ReflectionRecognised-Weekly[checked]"));
        Assert.Null(settings.QuerySelector("#delivery-FollowedActivity-Never"));

        // Bad input: a kind or a choice the page does not offer is a form error, nothing saved.
        var bad = await author.PostFormAsync("/notifications/settings", new Dictionary<string, string> { ["Deliveries[FollowedActivity]"] = "Never" });
        Assert.Equal(HttpStatusCode.OK, bad.StatusCode);
        Assert.Contains("Kies voor elke soort melding een van de aangeboden manieren.", (await Html.ReadAsync(bad)).SummaryErrors());
        Assert.Equal(0, await factory.WithDbAsync(db => db.NotificationPreferences.CountAsync()));

        // Comments on my reflections weekly: no mail at once, but in the digest's "Voor jou".
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync("/notifications/settings", new Dictionary<string, string> { ["Deliveries[CommentOnMyReflection]"] = "Weekly" })).StatusCode);
        await CommentAsync(breda, reflection, "Hoe deden jullie de planning?");
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(0, await MailRoundAsync(factory));
        var digest = await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().PreviewAsync(authorId, CancellationToken.None));
        Assert.Contains("VOOR JOU", digest.Text, StringComparison.Ordinal);
        Assert.Contains("Lid Breda reageerde op je reflectie ‘Samen plannen werkte’.", digest.Text, StringComparison.Ordinal);

        // At once again; the mail's one-click header stops exactly the kinds it holds.
        await author.PostFormAsync("/notifications/settings", new Dictionary<string, string> { ["Deliveries[CommentOnMyReflection]"] = "Immediately" });
        await CommentAsync(haarlem, reflection, "Wij ook.");
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(2, await MailRoundAsync(factory));
        var mail = Assert.Single(await _sink.WaitForAsync("auteur@tilburg.nl", 1));
        var url = new Uri(mail.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>')).PathAndQuery;
        Assert.Contains("Geen mail meer over: Reacties op mijn reflecties", mail.TextBody, StringComparison.Ordinal);
        var tampered = await factory.CreatePortalClient().PostAsync(new Uri(url[..^3] + "abc", UriKind.Relative), OneClick());
        Assert.Equal(HttpStatusCode.BadRequest, tampered.StatusCode);
        var digestToken = new Uri(factory.Services.GetRequiredService<Application.Common.Interfaces.IPortalLinks>().Unsubscribe(factory.Services.GetRequiredService<Application.Common.Interfaces.IUnsubscribeTokens>().Create(authorId))).Query;
        Assert.Equal(HttpStatusCode.BadRequest, (await factory.CreatePortalClient().PostAsync(new Uri("/notifications/unsubscribe" + digestToken, UriKind.Relative), OneClick())).StatusCode);
        var stopped = await factory.CreatePortalClient().PostAsync(new Uri(url, UriKind.Relative), OneClick());
        Assert.Equal(HttpStatusCode.OK, stopped.StatusCode);
        Assert.Equal("Reacties op mijn reflecties", (await Html.ReadAsync(stopped)).Text("[data-testid=unsubscribed] li"));
        Assert.Equal(NotificationDelivery.Never, await factory.WithDbAsync(db => db.NotificationPreferences.Where(p => p.UserId == authorId && p.Kind == NotificationKind.CommentOnMyReflection).Select(p => p.Delivery).SingleAsync()));

        // Stopped: neither mail nor digest for that kind; Breda still hears at once of a comment in the thread.
        await CommentAsync(haarlem, reflection, "En nog iets.");
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.Equal(1, await MailRoundAsync(factory));
        Assert.Equal(2, (await _sink.WaitForAsync("lid@breda.nl", 2)).Count);
        Assert.Single(_sink.MessagesTo("auteur@tilburg.nl"));
        digest = await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().PreviewAsync(authorId, CancellationToken.None));
        Assert.DoesNotContain("En nog iets", digest.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Lid Haarlem reageerde", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recognition_membership_requests_and_decisions_and_follow_ups_notify_once_and_their_own_mails_are_not_repeated()
    {
        var factory = NewFactory();
        var (reflection, project) = await ThreadAsync(factory);
        var coordinator = await Network.PersonAsync(factory, "coordinator@tilburg.nl", "Coördinator Tilburg", "GM0855", Domain.Membership.MembershipRole.Coordinator);
        var authorId = await IdOfAsync(factory, "auteur@tilburg.nl");
        var haarlem = await Network.SignedInAsync(factory, "lid@haarlem.nl");
        var haarlemId = await IdOfAsync(factory, "lid@haarlem.nl");

        // Herkenbaar, twice on and off: the author hears of it once, weekly by default.
        for (var i = 0; i < 3; i++)
        {
            await haarlem.PostWithTokenAsync($"/reflections/{reflection}?handler=Recognise", new Dictionary<string, string>());
        }

        var recognised = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.ReflectionRecognised).Select(n => n.UserId).ToListAsync());
        Assert.Equal([authorId], recognised);

        // A request to join tells the coordinator in the portal, and its own mail goes once.
        await Network.PersonAsync(factory, "nieuw@example.com", "Nieuwe Collega");
        var newcomer = await Network.SignedInAsync(factory, "nieuw@example.com");
        var tilburg = await Network.MunicipalityIdAsync(factory, "GM0855");
        await newcomer.PostWithTokenAsync($"/municipalities/{tilburg}?handler=Join", new Dictionary<string, string> { ["Input.Motivation"] = "Nieuw in het team." });
        var request = await factory.WithDbAsync(db => db.Notifications.SingleAsync(n => n.Kind == NotificationKind.MembershipRequested));
        Assert.Equal((coordinator, $"/municipalities/{tilburg}/members"), (request.UserId, request.Url));
        Assert.NotNull(request.MailMessageId);

        // The decision tells the newcomer.
        var requestId = await factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Id).SingleAsync());
        var coordinatorClient = await Network.SignedInAsync(factory, "coordinator@tilburg.nl");
        await coordinatorClient.PostWithTokenAsync($"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}&approve=true", new Dictionary<string, string>());
        var newcomerList = await newcomer.GetAsync("/notifications", expectSuccess: true);
        Assert.Equal("Coördinator Tilburg nam je op als lid van Tilburg.", newcomerList.QuerySelector("[data-testid=notification] .utrecht-paragraph")!.TextContent.Trim());

        // A follow-up: Haarlem follows barrier 4; a new reflection about it tells Haarlem, not its author.
        await Content.FollowAsync(factory, haarlemId, FollowKind.Barrier, "4");
        var author = await Network.SignedInAsync(factory, "auteur@tilburg.nl");
        await author.PostFormAsync($"/experiments/{project}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked", ["Input.Title"] = "Bewoners eerst", ["Input.Body"] = "Eerst praten, dan plannen.", ["Input.Barriers"] = "4",
        });
        var follow = await factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.FollowedActivity).Select(n => new { n.UserId, n.Title }).ToListAsync());
        Assert.Equal(haarlemId, Assert.Single(follow).UserId);
        var haarlemList = await haarlem.GetAsync("/notifications", expectSuccess: true);
        Assert.Contains("Auteur Tilburg schreef een nieuwe reflectie in wat je volgt: ‘Bewoners eerst’.", haarlemList.Text("[data-testid=notifications]"), StringComparison.Ordinal);

        // The batch mailer adds no second mail for the membership events; weekly kinds wait for the digest.
        factory.Clock.Advance(TimeSpan.FromMinutes(16));
        await MailRoundAsync(factory);
        await DeliverAsync(factory);
        Assert.Single(await _sink.WaitForAsync("coordinator@tilburg.nl", 1));
        await Task.Delay(300);
        Assert.Single(_sink.MessagesTo("coordinator@tilburg.nl"));
        Assert.Empty(_sink.MessagesTo("auteur@tilburg.nl"));
        var digest = await InScopeAsync(factory, sp => sp.GetRequiredService<DigestSender>().PreviewAsync(authorId, CancellationToken.None));
        Assert.Contains("Lid Haarlem vond je reflectie ‘Samen plannen werkte’ herkenbaar.", digest.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_private_atom_feed_lists_my_notifications_and_stops_when_renewed_or_revoked()
    {
        var factory = NewFactory();
        var (reflection, _) = await ThreadAsync(factory);
        await CommentAsync(await Network.SignedInAsync(factory, "lid@breda.nl"), reflection, "Hoe deden jullie de planning?");
        var author = await Network.SignedInAsync(factory, "auteur@tilburg.nl");

        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreatePortalClient().GetAsync(new Uri("/feeds/notifications/geen-sleutel", UriKind.Relative))).StatusCode);
        var made = await author.PostFormAsync("/notifications/settings", new Dictionary<string, string>(), "/notifications/settings?handler=CreateFeed");
        Assert.Equal(HttpStatusCode.Redirect, made.StatusCode);
        var page = await author.GetAsync("/notifications/settings", expectSuccess: true);
        // On the portal's public address, like the links in mail, not the address this request came in on.
        Assert.StartsWith("https://koppelkansen.example.nl/feeds/notifications/", page.Text("[data-testid=feed-url]"), StringComparison.Ordinal);
        var feedUrl = new Uri(page.Text("[data-testid=feed-url]")).PathAndQuery;
        Assert.Null((await author.GetAsync("/notifications/settings", expectSuccess: true)).QuerySelector("[data-testid=feed-url]"));
        Assert.Equal(64, (await factory.WithDbAsync(db => db.NotificationFeeds.Select(f => f.TokenHash).SingleAsync())).Length);

        var response = await factory.CreatePortalClient().GetAsync(new Uri(feedUrl, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var atom = XDocument.Parse(await response.Content.ReadAsStringAsync());
        XNamespace ns = "http://www.w3.org/2005/Atom";
        Assert.Equal("Meldingen voor Auteur Tilburg, Leernetwerk Koppelkansen", atom.Root!.Element(ns + "title")!.Value);
        var entry = Assert.Single(atom.Root.Elements(ns + "entry"));
        Assert.Equal("Lid Breda reageerde op je reflectie ‘Samen plannen werkte’.", entry.Element(ns + "title")!.Value);
        Assert.StartsWith($"https://koppelkansen.example.nl/reflections/{reflection}#comment-", entry.Element(ns + "link")!.Attribute("href")!.Value, StringComparison.Ordinal);

        await author.PostFormAsync("/notifications/settings", new Dictionary<string, string>(), "/notifications/settings?handler=CreateFeed");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreatePortalClient().GetAsync(new Uri(feedUrl, UriKind.Relative))).StatusCode);
        var renewed = new Uri((await author.GetAsync("/notifications/settings", expectSuccess: true)).Text("[data-testid=feed-url]")).PathAndQuery;
        Assert.Equal(HttpStatusCode.OK, (await factory.CreatePortalClient().GetAsync(new Uri(renewed, UriKind.Relative))).StatusCode);
        await author.PostFormAsync("/notifications/settings", new Dictionary<string, string>(), "/notifications/settings?handler=RevokeFeed");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreatePortalClient().GetAsync(new Uri(renewed, UriKind.Relative))).StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.NotificationFeeds.CountAsync()));
    }

    public void Dispose()
    {
        foreach (var factory in _factories)
        {
            factory.Dispose();
        }

        _sink.Dispose();
    }

    private static StringContent OneClick() => new("List-Unsubscribe=One-Click", System.Text.Encoding.ASCII, "application/x-www-form-urlencoded");

    /// <summary>Tilburg's author with a reflection on a Network project, and members of Breda and Haarlem.</summary>
    private static async Task<(int Reflection, int Project)> ThreadAsync(ClockedPortalFactory factory)
    {
        var author = await Network.PersonAsync(factory, "auteur@tilburg.nl", "Auteur Tilburg", "GM0855");
        await Network.PersonAsync(factory, "lid@breda.nl", "Lid Breda", "GM0758");
        await Network.PersonAsync(factory, "lid@haarlem.nl", "Lid Haarlem", "GM0392");
        var project = await Make.Project(factory.Services).Visible(Visibility.Network).Titled("Riool en warmte").By(author).CreateAsync();
        var reflection = await Make.Reflection(factory.Services, project.Id, author).Titled("Samen plannen werkte").About(4).CreateAsync();
        return (reflection, project.Id);
    }

    private static async Task CommentAsync(HttpClient client, int reflection, string body)
    {
        var response = await client.PostWithTokenAsync($"/reflections/{reflection}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = body });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>One round of the background sender's notification part, then the outbox: returns how many notification mails were queued.</summary>
    private static async Task<int> MailRoundAsync(PortalFactory factory)
    {
        var queued = await ComposeAsync(factory);
        await DeliverAsync(factory);
        return queued;
    }

    private static Task<int> ComposeAsync(PortalFactory factory) =>
        InScopeAsync(factory, sp => sp.GetRequiredService<NotificationMailer>().SendDueAsync(CancellationToken.None));

    private static Task<int> DeliverAsync(PortalFactory factory) =>
        InScopeAsync(factory, sp => sp.GetRequiredService<MailOutbox>().DeliverDueAsync(CancellationToken.None));

    private static Task<string> IdOfAsync(PortalFactory factory, string email) =>
        factory.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());

    private static async Task<T> InScopeAsync<T>(PortalFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    private ClockedPortalFactory NewFactory(string? folder = null, MovableClock? clock = null, bool keep = false, FaultySmtpProxy? proxy = null)
    {
        var factory = folder is null ? new ClockedPortalFactory { KeepDataFolder = keep } : new ClockedPortalFactory(folder, clock!) { KeepDataFolder = keep };
        if (folder is null)
        {
            factory.Clock.SetTo(Start);
        }

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
}
