using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

public sealed class SmokeTests(PortalServer server, ITestOutputHelper output) : PortalTest<PortalServer>(server, output)
{
    [Fact]
    public async Task The_home_page_switches_to_English_and_shows_the_English_lesson_titles()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await (await Journey.ContextAsync(browser, "nl-NL")).NewPageAsync();

        var response = await page.GotoAsync(Server.BaseAddress.ToString());
        Assert.Equal(200, response!.Status);
        var html = page.Locator("html");
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "nl");
        var lessons = page.Locator("[data-testid=lesson-list] a");
        await Assertions.Expect(lessons).ToHaveCountAsync(11);
        await Assertions.Expect(lessons.First).ToContainTextAsync("Begin waar urgentie & energie zit");
        await Assertions.Expect(page.Locator("[data-testid=barrier-list] a")).ToHaveCountAsync(7);

        // The switch posts and comes back to this same address: wait for the page in English, not for the address.
        await page.GetByTestId("language-switch").ClickAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
        await Assertions.Expect(page).ToHaveURLAsync(Server.BaseAddress.ToString());

        await Assertions.Expect(lessons.First).ToContainTextAsync("Start where urgency and energy are");
        Assert.Equal("Reason from the residents' perspective", (await lessons.Last.InnerTextAsync()).Split(':').Last().Trim());
        var path = Browser.ScreenshotPath("home-en-1280");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);

        await page.ReloadAsync();
        await Assertions.Expect(html).ToHaveAttributeAsync("lang", "en");
    }
}
