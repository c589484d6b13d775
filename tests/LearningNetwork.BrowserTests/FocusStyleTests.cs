using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// Links, buttons and fields show one and the same focus style, a 3 px black outline on a yellow ring; after a failed
/// post, focus is on the error summary.
/// </summary>
public sealed class FocusStyleTests(PortalServer server, ITestOutputHelper output) : PortalTest<PortalServer>(server, output)
{
    [Fact]
    public async Task Every_control_reached_by_Tab_shows_the_same_3px_outline()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await (await Journey.ContextAsync(browser, "nl-NL")).NewPageAsync();
        var styles = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        foreach (var path in new[] { "/account/login", "/experiments" })
        {
            await page.GotoAsync(Journey.Url(Server, path));
            await Assertions.Expect(page.Locator("main h1")).ToBeVisibleAsync();
            for (var i = 0; i < 40; i++)
            {
                await page.Keyboard.PressAsync("Tab");
                var focused = await page.EvaluateAsync<string[]>(
                    """
                    () => {
                        const e = document.activeElement, s = getComputedStyle(e);
                        const kind = e.tagName === 'INPUT' ? 'input:' + e.type : e.tagName.toLowerCase();
                        return [kind, [s.outlineStyle, s.outlineWidth, s.outlineColor, s.outlineOffset, s.boxShadow].join(' | ')];
                    }
                    """);
                if (focused[0] != "body")
                {
                    styles.TryAdd(focused[0], []);
                    styles[focused[0]].Add(focused[1]);
                }
            }
        }

        Assert.Superset(new HashSet<string> { "a", "button", "input:email", "input:checkbox", "input:search", "select" }, styles.Keys.ToHashSet());
        Assert.All(styles, kind => Assert.Equal(["solid | 3px | rgb(0, 0, 0) | 2px | rgb(255, 191, 71) 0px 0px 0px 3px"], kind.Value));
    }

    [Fact]
    public async Task A_form_shown_again_with_errors_puts_focus_on_the_error_summary_and_says_so_in_the_title()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await (await Journey.ContextAsync(browser, "nl-NL")).NewPageAsync();
        await page.GotoAsync(Journey.Url(Server, "/account/login"));

        await page.ClickAsync("main form button[type=submit]");

        await Assertions.Expect(page.GetByTestId("error-summary")).ToBeFocusedAsync();
        await Assertions.Expect(page).ToHaveTitleAsync(new System.Text.RegularExpressions.Regex("^Fout: Inloggen"));
    }
}
