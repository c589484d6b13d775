using System.Text;
using System.Text.RegularExpressions;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using MimeKit;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// Issue 19's journey: a colleague links a peer's reflection as the answer to the municipality's learning question,
/// and a peer elsewhere overcomes the barrier that still blocks the municipality's PAW-wijk. Within the batching
/// window (the clock moved 16 minutes) the member gets one mail, in their language, telling both, and sees both on
/// the notifications page, whose second link leads to "Wie overwon dezelfde barrière?".
/// </summary>
public sealed class NotificationJourneyTests(DigestPortalServer server, ITestOutputHelper output) : PortalTest<DigestPortalServer>(server, output)
{
    public static TheoryData<string, string, string, string, string> Members() => new()
    {
        { "nl-NL", "bram.deboer@tilburg.demo.test", "anne.jansen@tilburg.demo.test", "eva.bakker@haarlem.demo.test", "Meerwijk" },
        { "en-GB", "anne.jansen@tilburg.demo.test", "bram.deboer@tilburg.demo.test", "carla.visser@drimmelen.demo.test", "Terheijden" },
    };

    [Theory]
    [MemberData(nameof(Members))]
    public async Task A_member_gets_one_mail_telling_that_their_question_was_answered_and_a_peer_overcame_their_blocking_barrier(
        string locale, string member, string colleague, string peer, string peerProject)
    {
        var language = locale[..2];
        var english = language == "en";
        var questionText = english ? "How do we get owners to feel the urgency?" : "Hoe laten we eigenaren de urgentie voelen?";
        var tilburg = await Journey.MunicipalityAsync(Server, "GM0855");
        var question = await Journey.DbAsync(Server, async db =>
        {
            var author = await db.Users.Where(u => u.Email == colleague).Select(u => u.Id).SingleAsync();
            var created = new LearningQuestion(tilburg, null, questionText, Visibility.Network, [6], [], author, DateTime.UtcNow);
            db.LearningQuestions.Add(created);
            await db.SaveChangesAsync();
            return created.Id;
        });
        var peerExperiment = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.Title.StartsWith(peerProject)).Select(e => e.Id).SingleAsync());
        var blocked = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.Title.StartsWith("PAW-wijk")).Select(e => e.Id).SingleAsync());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);

        // The member's mail language.
        var page = await Journey.SignedInAsync(browser, Server, locale, member);
        await page.GotoAsync(Journey.Url(Server, "/account/digest"));
        await page.CheckAsync($"#digest-language-{language}");
        await page.ClickAsync("main form button[type=submit]");
        await Assertions.Expect(page.Locator("[data-testid=saved]")).ToBeVisibleAsync();

        // A colleague links an answer to the municipality's question.
        var linker = await Journey.SignedInAsync(browser, Server, locale, colleague);
        await linker.GotoAsync(Journey.Url(Server, $"/learning-agenda/{question}"));
        var answer = (await linker.Locator("#Input_ReflectionId option").First.InnerTextAsync()).Trim();
        await linker.ClickAsync("[data-testid=link-answer] button[type=submit]");
        await Assertions.Expect(linker.Locator("[data-testid=answer]")).ToHaveCountAsync(1);

        // A peer elsewhere overcomes barrier 6, which still blocks Tilburg's PAW-wijk.
        var other = await Journey.SignedInAsync(browser, Server, locale, peer);
        await other.GotoAsync(Journey.Url(Server, $"/experiments/{peerExperiment}/edit"));
        await other.SelectOptionAsync("#barrier-choice", "barrier-6");
        await other.ClickAsync("[data-testid=barrier-add]");
        await other.SelectOptionAsync("#Input_Barriers_5__State", "Overcome");
        await other.ClickAsync("main form button.utrecht-button--primary-action");
        await Assertions.Expect(other).ToHaveURLAsync(Journey.ProjectPage());

        // The batching window passes; the background sender mails once.
        Server.Clock.Advance(TimeSpan.FromMinutes(16));
        var mail = await Server.MailAsync(member, questionText);
        Assert.Equal(english ? "2 new notifications in the Koppelkansen Learning Network" : "2 nieuwe meldingen in het Leernetwerk Koppelkansen", mail.Subject);
        Assert.Contains(peerProject, mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(english ? "overcame barrier 6 (‘Residents feel no urgency: delays’), which still blocks yours." : "overwon barrière 6 (‘Bewoners voelen geen urgentie: vertraging’), die bij jullie nog blokkeert.", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(english ? "Who overcame the same barrier?" : "Wie overwon dezelfde barrière?", mail.TextBody, StringComparison.Ordinal);
        Assert.Contains(answer.Split(" (")[0], mail.TextBody, StringComparison.Ordinal);
        Assert.Equal("List-Unsubscribe=One-Click", mail.Headers["List-Unsubscribe-Post"]);
        // Kept beside the screenshots, to read the mail as its recipient does.
        await File.WriteAllTextAsync(Path.ChangeExtension(Browser.ScreenshotPath($"notification-mail-{language}"), ".html"), mail.HtmlBody);
        await Task.Delay(TimeSpan.FromSeconds(3));
        Assert.Single(Server.Mails(member, questionText));

        // Both in the portal; the second link leads to who overcame the barrier.
        await page.GotoAsync(Journey.Url(Server, "/notifications"));
        var told = page.Locator("[data-testid=notification][data-read=false]");
        await Assertions.Expect(told.Filter(new() { HasText = questionText })).ToHaveCountAsync(1);
        await Assertions.Expect(told.Filter(new() { HasText = peerProject })).ToHaveCountAsync(1);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"notifications-{language}"), FullPage = true });
        await told.Filter(new() { HasText = peerProject }).GetByTestId("notification-context").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex($"/experiments/{blocked}#peers-title$"));
        await Assertions.Expect(page.Locator("section[aria-labelledby=peers-title]")).ToContainTextAsync(peerProject);

        // The settings the mail links to: each kind with its three ways, at once chosen for both kinds just mailed.
        await page.GotoAsync(Journey.Url(Server, new Uri(Regex.Match(mail.TextBody ?? string.Empty, @"https?://\S+/notifications/settings").Value).PathAndQuery));
        await Assertions.Expect(page.Locator("#delivery-AnswerToOurQuestion-Immediately")).ToBeCheckedAsync();
        await Assertions.Expect(page.Locator("#delivery-BarrierOvercomeElsewhere-Immediately")).ToBeCheckedAsync();
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"notification-settings-{language}"), FullPage = true });
    }
}
