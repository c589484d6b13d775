using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>Issue 19: a word that stands only in a comment is found from the header's search box, in Dutch and in English.</summary>
public sealed class SearchJourneyTests(DemoPortalServer server, ITestOutputHelper output) : PortalTest<DemoPortalServer>(server, output)
{
    [Theory]
    [InlineData("nl-NL", "Reactie")]
    [InlineData("en-GB", "Comment")]
    public async Task Someone_searches_a_word_that_stands_only_in_a_comment_and_reaches_the_comment(string locale, string kind)
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await (await Journey.ContextAsync(browser, locale)).NewPageAsync();
        await page.GotoAsync(Journey.Url(Server, "/"));

        var box = page.GetByTestId("header-search").Locator("input[name=q]");
        await box.FillAsync("herkenbaar");
        await box.PressAsync("Enter");

        var hit = page.Locator("[data-testid=search-hit]");
        await Assertions.Expect(hit).ToHaveCountAsync(1);
        await Assertions.Expect(hit).ToHaveAttributeAsync("data-kind", "Comment");
        await Assertions.Expect(hit.Locator(".utrecht-data-badge")).ToHaveTextAsync(kind);
        await Assertions.Expect(hit.Locator("mark").First).ToHaveTextAsync("Herkenbaar");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"search-{locale}-1280"), FullPage = true });

        await hit.Locator("h3 a").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/reflections/\\d+#comment-\\d+$"));
        await Assertions.Expect(page.Locator("[data-testid=comment]", new() { HasText = "projectteam op de been" })).ToBeVisibleAsync();
    }
}
