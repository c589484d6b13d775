using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// Issue 21's journey so far: Haarlem's Meerwijk is still blocked by barrier 1, which Drimmelen overcame in Terheijden.
/// A member of Haarlem sees Drimmelen proposed (on the project page in Dutch, on the barrier page in English), proposes
/// a werksessie with the agenda the portal drew up, invites a colleague and Drimmelen's coordinator; both accept in the
/// portal, and the invitation mail's calendar file is read by an iCalendar library.
/// </summary>
public sealed class WerksessieJourneyTests(DigestPortalServer server, ITestOutputHelper output) : PortalTest<DigestPortalServer>(server, output)
{
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
        var day = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(inDays).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
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
    }

    private Task<string> UserIdAsync(string email) => Journey.DbAsync(Server, db => db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync());
}
