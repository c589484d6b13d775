using LearningNetwork.Domain.Experiments;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// The project form shows only what is used: barriers and lessons are added by choosing them, partners one at a
/// time. Short on a phone, whole without JavaScript, and usable with the keyboard only.
/// </summary>
public sealed class ExperimentFormTests(DemoPortalServer server, ITestOutputHelper output) : PortalTest<DemoPortalServer>(server, output)
{
    private const string Member = "bram.deboer@tilburg.demo.test";

    [Fact]
    public async Task The_empty_form_is_under_2500_px_tall_on_a_phone_and_shows_every_row_without_JavaScript()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await Journey.SignedInAsync(browser, Server, "nl-NL", Member, width: 375);

        await page.GotoAsync(Journey.Url(Server, "/experiments/new"));
        await Assertions.Expect(page.GetByTestId("barrier-add")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=barrier-fields] [data-choice]:visible")).ToHaveCountAsync(0);
        var height = await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath("experiment-form-nl-375"), FullPage = true });
        Assert.True(height < 2500, $"The empty project form is {height} px tall at 375 px");

        var withoutScript = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            JavaScriptEnabled = false, IgnoreHTTPSErrors = true, ViewportSize = new ViewportSize { Width = 375, Height = 900 }, StorageState = await page.Context.StorageStateAsync(),
        });
        withoutScript.SetDefaultTimeout((float)Journey.Patience.TotalMilliseconds);
        withoutScript.SetDefaultNavigationTimeout((float)Journey.Patience.TotalMilliseconds);
        var plain = await withoutScript.NewPageAsync();
        await plain.GotoAsync(Journey.Url(Server, "/experiments/new"));
        await Assertions.Expect(plain.Locator("[data-testid=barrier-fields] [data-choice]:visible")).ToHaveCountAsync(7);
        await Assertions.Expect(plain.Locator("[data-testid=lesson-fields] [data-choice]:visible")).ToHaveCountAsync(11);
        await Assertions.Expect(plain.GetByTestId("barrier-add")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task With_the_keyboard_only_a_member_adds_a_partner_and_a_barrier_with_a_note_and_saves()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await Journey.SignedInAsync(browser, Server, "nl-NL", Member, width: 375);
        await page.GotoAsync(Journey.Url(Server, "/experiments/new"));
        await Assertions.Expect(page.GetByTestId("partner-add")).ToBeVisibleAsync();

        await Journey.TabToAsync(page, "#Input_Title");
        await page.Keyboard.TypeAsync("Riool en warmtenet in één keer");
        await Journey.TabToAsync(page, "#Input_Summary");
        await page.Keyboard.TypeAsync("De gemeente legt het warmtenet aan terwijl het riool open ligt.");
        await Journey.TabToAsync(page, "#theme-underground");
        await page.Keyboard.PressAsync("Space");

        await Journey.TabToAsync(page, "[data-testid=partner-add]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Input_Partners_0__Type")).ToBeFocusedAsync();
        await Journey.SelectWithKeysAsync(page, "#Input_Partners_0__Type", nameof(PartnerType.GridOperator));
        await Journey.TabToAsync(page, "#Input_Partners_0__Name");
        await page.Keyboard.TypeAsync("Enexis");
        await Assertions.Expect(page.Locator("#Input_Partners_1__Type")).ToBeHiddenAsync();

        await Journey.SelectWithKeysAsync(page, "#barrier-choice", "barrier-6");
        await Journey.TabToAsync(page, "[data-testid=barrier-add]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page.Locator("#Input_Barriers_5__State")).ToBeFocusedAsync();
        await Assertions.Expect(page.Locator("label[for=Input_Barriers_5__Note]")).ToContainTextAsync("barrière 6");
        await Assertions.Expect(page.Locator("#barrier-choice option[value=barrier-6]")).ToHaveCountAsync(0);
        await Journey.SelectWithKeysAsync(page, "#Input_Barriers_5__State", nameof(BarrierState.Overcome));
        await Journey.TabToAsync(page, "#Input_Barriers_5__Note");
        await page.Keyboard.TypeAsync("Eén planning met de netbeheerder.");

        await Journey.TabToAsync(page, "main form button.utrecht-button--primary-action[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Journey.ProjectPage());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Riool en warmtenet in één keer");
        await Assertions.Expect(page.Locator("[data-testid=barriers]")).ToContainTextAsync("Eén planning met de netbeheerder.");
        await Assertions.Expect(page.Locator(".ln-facts")).ToContainTextAsync("Enexis");
    }
}
