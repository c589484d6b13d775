using System.Text;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// Journey c: a reader follows a barrier, a member shares a reflection on it, Monday comes (the clock is moved),
/// the planner runs, the digest arrives at a real SMTP server, its link opens the reflection, and the one-click
/// unsubscribe from its header switches the digest off.
/// </summary>
public sealed class DigestJourneyTests(DigestPortalServer server, ITestOutputHelper output) : PortalTest<DigestPortalServer>(server, output)
{
    public static TheoryData<string, string> Readers() => new() { { "nl-NL", "fatima.elamrani@onderzoek.demo.test" }, { "en-GB", "eva.bakker@haarlem.demo.test" } };

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task A_reader_follows_a_barrier_gets_the_digest_opens_the_reflection_and_unsubscribes_with_one_click(string locale, string reader)
    {
        var language = locale[..2];
        var title = $"Eerst de bewonersavond ({language})";
        var experiment = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.Title.StartsWith("PAW-wijk")).Select(e => e.Id).SingleAsync());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);

        var page = await Journey.SignedInAsync(browser, Server, locale, reader);
        await page.GotoAsync(Journey.Url(Server, "/account/digest"));
        await page.CheckAsync($"#digest-language-{language}");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=saved]")).ToBeVisibleAsync();
        await page.GotoAsync(Journey.Url(Server, "/barriers/7"));
        if (await page.GetAttributeAsync("[data-testid=follow-button]", "aria-pressed") != "true")
        {
            await page.ClickAsync("[data-testid=follow-button]");
        }

        await Assertions.Expect(page.Locator("[data-testid=follow-button]")).ToHaveAttributeAsync("aria-pressed", "true");

        var member = await Journey.SignedInAsync(browser, Server, locale, "bram.deboer@tilburg.demo.test");
        await member.GotoAsync(Journey.Url(Server, $"/experiments/{experiment}/reflection"));
        await member.FillAsync("#Input_Title", title);
        await member.FillAsync("#Input_Body", "Betaalde bewonersadviseurs maakten het verschil.");
        await member.CheckAsync("#barrier-7");
        await member.ClickAsync("main form button.utrecht-button--primary-action");
        await Assertions.Expect(member).ToHaveURLAsync(Journey.ReflectionPage());

        // Monday morning comes: the planner runs (here by an admin's button), the background sender mails.
        await Server.MondayMorningAsync(browser, locale);

        var digest = await Server.MailAsync(reader, title);
        Assert.Equal("List-Unsubscribe=One-Click", digest.Headers["List-Unsubscribe-Post"]);
        Assert.StartsWith(language == "nl" ? "Je wekelijkse overzicht" : "Your weekly digest", digest.Subject, StringComparison.Ordinal);
        var link = Regex.Matches(digest.HtmlBody ?? string.Empty, "href=\"([^\"]+/reflections/\\d+)\"").Select(m => new Uri(m.Groups[1].Value)).First();

        page = await Journey.SignedInAsync(browser, Server, locale, reader);
        await page.GotoAsync(Journey.Url(Server, link.PathAndQuery));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"journey-c-from-digest-{language}"), FullPage = true });

        // The mail client's one-click unsubscribe (RFC 8058): a POST to the header's address, no session, no form token.
        var unsubscribe = new Uri(digest.Headers[HeaderId.ListUnsubscribe]!.Trim('<', '>'));
        using var handler = new HttpClientHandler { ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator };
        using var client = new HttpClient(handler) { BaseAddress = Server.BaseAddress };
        var response = await client.PostAsync(new Uri(unsubscribe.PathAndQuery, UriKind.Relative), new StringContent("List-Unsubscribe=One-Click", Encoding.ASCII, "application/x-www-form-urlencoded"));
        Assert.True(response.IsSuccessStatusCode, $"one-click unsubscribe answered {(int)response.StatusCode}");

        await page.GotoAsync(Journey.Url(Server, "/account/digest"));
        await Assertions.Expect(page.Locator("#Input_WeeklyDigest")).Not.ToBeCheckedAsync();
    }
}
