using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// Issue 21's journey: Haarlem's Meerwijk is still blocked by barrier 1, which Drimmelen overcame in Terheijden.
/// A member of Haarlem sees Drimmelen proposed (on the project page in Dutch, on the barrier page in English), proposes
/// a werksessie with the agenda the portal drew up, invites a colleague and Drimmelen's coordinator; both accept in the
/// portal, and the invitation mail's calendar file is read by an iCalendar library. After the werksessie the organiser
/// records the harvest, Drimmelen consents to being named; a week later it is published: the eye-openers are
/// reflections on both projects, the question has its new wording, the colleague's overdue next step is in their
/// notifications, and the next weekly digest tells all of it.
/// </summary>
public sealed class WerksessieJourneyTests(DigestPortalServer server, ITestOutputHelper output) : PortalTest<DigestPortalServer>(server, output)
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static TheoryData<string, string, string, int> People() => new()
    {
        { "nl-NL", "eva.bakker@haarlem.demo.test", "dirk.smit@haarlem.demo.test", 10 },
        { "en-GB", "dirk.smit@haarlem.demo.test", "eva.bakker@haarlem.demo.test", 12 },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task A_blocked_project_shows_its_match_a_werksessie_is_proposed_and_two_invitees_accept(string locale, string organiser, string colleague, int inDays)
    {
        const string peer = "carla.visser@drimmelen.demo.test";
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        var title = english ? "Capacity: planning together" : "Capaciteit: samen plannen";
        var meerwijk = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.Title.StartsWith("Meerwijk")).Select(e => e.Id).SingleAsync());
        var drimmelen = await Journey.MunicipalityAsync(Server, "GM1719");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);

        // The match, with why, where the member meets the barrier.
        var page = await Journey.SignedInAsync(browser, Server, locale, organiser);
        await page.GotoAsync(Journey.Url(Server, english ? "/barriers/1" : $"/experiments/{meerwijk}"));
        var match = page.Locator($"[data-testid=matches-1] [data-testid=match][data-municipality='{drimmelen}']");
        await Assertions.Expect(match).ToContainTextAsync("Terheijden");
        await Assertions.Expect(match.GetByTestId("match-themes")).ToContainTextAsync(english ? "in common" : "gemeen");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"werksessie-matches-{locale[..2]}"), FullPage = true });
        await page.ClickAsync("[data-testid=propose-1]");

        // The form starts from the barrier, the agenda drawn up from the timelines; the member invites two people.
        await Assertions.Expect(page.GetByTestId("werksessie-about")).ToContainTextAsync(english ? "About barrier 1" : "Over barrière 1");
        await Assertions.Expect(page.Locator("#Input_Agenda")).ToHaveValueAsync(new Regex(english ? "What happened\\?" : "Wat gebeurde er\\?"));
        var day = DateOnly.FromDateTime(Server.Clock.GetUtcNow().UtcDateTime).AddDays(inDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.FillAsync("#Input_Title", title);
        await page.FillAsync("#Input_Date", day);
        await page.FillAsync("#Input_StartTime", "14:00");
        await page.FillAsync("#Input_EndTime", "16:00");
        await page.CheckAsync($"#invitee-{await UserIdAsync(peer)}");
        await page.CheckAsync($"#invitee-{await UserIdAsync(colleague)}");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"werksessie-new-{locale[..2]}"), FullPage = true });
        await page.ClickAsync("[data-testid=werksessie-submit]");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/werksessies/\\d+$"));
        var url = new Uri(page.Url).AbsolutePath;
        await Assertions.Expect(page.GetByTestId("werksessie-when")).ToContainTextAsync("14:00");

        // Both invitees answer yes in the portal.
        foreach (var invitee in new[] { peer, colleague })
        {
            var theirs = await Journey.SignedInAsync(browser, Server, locale, invitee);
            await theirs.GotoAsync(Journey.Url(Server, url));
            await theirs.ClickAsync("[data-testid=accept]");
            await Assertions.Expect(theirs.GetByTestId("my-response")).ToHaveTextAsync(english ? "You said yes." : "Je hebt ja gezegd.");
        }

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=werksessie-person][data-response=Accepted]")).ToHaveCountAsync(3);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"werksessie-{locale[..2]}"), FullPage = true });

        // The invitation reached Drimmelen with the event a calendar reads: in Dutch time, 14:00 on that day.
        var mail = await Server.MailAsync(peer, title);
        var file = mail.Attachments.OfType<MimePart>().Single(a => a.ContentType.IsMimeType("text", "calendar"));
        using var content = new MemoryStream();
        file.Content!.DecodeTo(content);
        var calendar = Ical.Net.Calendar.Load(Encoding.UTF8.GetString(content.ToArray()))!;
        Assert.Equal("REQUEST", calendar.Method);
        var invitation = calendar.Events.Single();
        Assert.Equal("Europe/Amsterdam", invitation.DtStart!.TzId);
        Assert.Equal($"{day} 14:00", invitation.DtStart.Value.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture));
        Assert.Contains(invitation.Attendees, a => string.Equals(a.Value!.ToString(), $"mailto:{peer}", StringComparison.OrdinalIgnoreCase));

        await HarvestAsync(browser, locale, url, organiser, colleague, peer, title, meerwijk, day);
    }

    /// <summary>The werksessie was held: its harvest is recorded, consented to, published a week later and followed up.</summary>
    private async Task HarvestAsync(IBrowser browser, string locale, string url, string organiser, string colleague, string peer, string title, int meerwijk, string day)
    {
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        var terheijden = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.Title.StartsWith("Terheijden")).Select(e => e.Id).SingleAsync());
        var question = await Journey.DbAsync(Server, db => db.LearningQuestions.Where(q => q.ExperimentId == meerwijk).Select(q => new { q.Id, q.Text }).FirstAsync());
        var ours = english ? "We asked the grid operator too late" : "We vroegen de netbeheerder te laat";
        var theirs = english ? "One contractor for sewer and heat" : "Eén aannemer voor riool en warmte";
        var reworded = english ? "Who leads sewer, heat and climate planning together? (en)" : "Wie heeft de regie over riool, warmte en klimaat samen? (nl)";
        var step = english ? "Share the Terheijden tender with Haarlem" : "Deel het bestek van Terheijden met Haarlem";
        var start = DateTime.ParseExact($"{day} 14:00", "yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        var startUtc = new DateTimeOffset(start, Amsterdam.GetUtcOffset(start));

        // The afternoon of the werksessie: the organiser records the harvest.
        Server.Clock.Advance(startUtc.AddHours(3) - Server.Clock.GetUtcNow());
        var page = await Journey.SignedInAsync(browser, Server, locale, organiser);
        await page.GotoAsync(Journey.Url(Server, url));
        await page.ClickAsync("[data-testid=harvest-record]");
        await page.SelectOptionAsync("#eye-opener-0-project", $"{meerwijk}");
        await page.FillAsync("#Input_EyeOpeners_0__Title", ours);
        await page.FillAsync("#Input_EyeOpeners_0__Body", english ? "Drimmelen sat down with the grid operator a year before digging." : "Drimmelen zat een jaar voor het graven al met de netbeheerder aan tafel.");
        await page.SelectOptionAsync("#eye-opener-0-lessons", new[] { "2", "5" });
        await page.CheckAsync("#eye-opener-0-consent");
        await page.SelectOptionAsync("#eye-opener-1-project", $"{terheijden}");
        await page.FillAsync("#Input_EyeOpeners_1__Title", theirs);
        await page.FillAsync("#Input_EyeOpeners_1__Body", english ? "The sewer contractor also laid the heat pipes." : "De aannemer van het riool legde ook de warmteleidingen.");
        await page.SelectOptionAsync("#rewording-0-question", $"{question.Id}");
        await page.FillAsync("#Input_Rewordings_0__Text", reworded);
        await page.FillAsync("#Input_NextSteps_0__Description", step);
        await page.SelectOptionAsync("#next-step-0-owner", await UserIdAsync(colleague));
        await page.FillAsync("#Input_NextSteps_0__DueDate", DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"werksessie-harvest-form-{locale[..2]}"), FullPage = true });
        await page.ClickAsync("[data-testid=harvest-submit]");
        await Assertions.Expect(page.GetByTestId("harvest-saved")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=harvest-eye-opener][data-consented=false]")).ToContainTextAsync(theirs);

        // Drimmelen consents to being named with its eye-opener.
        var drimmelen = await Journey.SignedInAsync(browser, Server, locale, peer);
        await drimmelen.GotoAsync(Journey.Url(Server, $"{url}/harvest/edit"));
        await drimmelen.CheckAsync("#eye-opener-1-consent");
        await drimmelen.ClickAsync("[data-testid=harvest-submit]");
        await Assertions.Expect(drimmelen.GetByTestId("harvest-saved")).ToBeVisibleAsync();
        await Assertions.Expect(drimmelen.Locator("[data-testid=harvest-eye-opener][data-consented=true]")).ToHaveCountAsync(2);

        // A week on, the background worker publishes it.
        Server.Clock.Advance(TimeSpan.FromDays(8));
        var id = int.Parse(url.Split('/')[^1], CultureInfo.InvariantCulture);
        var deadline = DateTime.UtcNow + Journey.Patience;
        while (await Journey.DbAsync(Server, db => db.WerksessieHarvests.Where(h => h.WerksessieId == id).Select(h => h.PublishedAtUtc).SingleAsync()) is null)
        {
            Assert.True(DateTime.UtcNow < deadline, "The harvest was not published.");
            await Task.Delay(250);
        }

        page = await Journey.SignedInAsync(browser, Server, locale, organiser);
        await page.GotoAsync(Journey.Url(Server, $"{url}/harvest"));
        await Assertions.Expect(page.GetByTestId("harvest-state")).ToContainTextAsync(english ? "published" : "gepubliceerd");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"werksessie-harvest-{locale[..2]}"), FullPage = true });
        await page.GotoAsync(Journey.Url(Server, $"/learning-agenda/{question.Id}"));
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(reworded);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(question.Text);
        await page.GotoAsync(Journey.Url(Server, $"/experiments/{meerwijk}"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(ours);
        await page.GotoAsync(Journey.Url(Server, $"/experiments/{terheijden}"));
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(theirs);

        // The colleague's next step is overdue: in their notifications, and in the next weekly digest with the harvest.
        var owner = await Journey.SignedInAsync(browser, Server, locale, colleague);
        await owner.GotoAsync(Journey.Url(Server, "/notifications"));
        await Assertions.Expect(owner.Locator("main")).ToContainTextAsync(step);
        await Server.MondayMorningAsync(browser, locale);
        var digest = await Server.MailAsync(colleague, step);
        Assert.Contains(title, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains(reworded, digest.TextBody, StringComparison.Ordinal);
        Assert.Contains($"{theirs} (Drimmelen)", digest.TextBody, StringComparison.Ordinal);
    }

    private Task<string> UserIdAsync(string email) => Journey.DbAsync(Server, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
