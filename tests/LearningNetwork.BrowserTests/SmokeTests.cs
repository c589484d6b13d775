using Microsoft.Playwright;

namespace LearningNetwork.BrowserTests;

public sealed class SmokeTests : IClassFixture<PortalServer>
{
    private readonly PortalServer _server;

    public SmokeTests(PortalServer server) => _server = server;

    [Fact]
    public async Task The_home_page_switches_to_English_and_shows_the_English_lesson_titles()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nl-NL", IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 1280, Height = 900 } });
        var page = await context.NewPageAsync();

        var response = await page.GotoAsync(_server.BaseAddress.ToString());
        Assert.Equal(200, response!.Status);
        Assert.Equal("nl", await page.GetAttributeAsync("html", "lang"));
        var lessons = page.Locator("[data-testid=lesson-list] a");
        Assert.Equal(11, await lessons.CountAsync());
        Assert.Contains("Begin waar urgentie & energie zit", await lessons.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(7, await page.Locator("[data-testid=barrier-list] a").CountAsync());

        await page.GetByTestId("language-switch").ClickAsync();
        await page.WaitForURLAsync(_server.BaseAddress.ToString());

        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        Assert.Contains("Start where urgency and energy are", await lessons.First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Reason from the residents' perspective", (await lessons.Last.InnerTextAsync()).Split(':').Last().Trim());
        var path = Browser.ScreenshotPath("home-en-1280");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        Assert.True(new FileInfo(path).Length > 10_000);

        await page.ReloadAsync();
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
    }
}
