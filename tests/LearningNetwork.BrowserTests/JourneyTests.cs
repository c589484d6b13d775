using System.Text.RegularExpressions;
using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// The journeys people come for, in a real browser against the real server, in Dutch and in English; the Dutch
/// run of the first journey uses the keyboard only.
/// </summary>
public sealed partial class JourneyTests(DemoPortalServer server, ITestOutputHelper output) : PortalTest<DemoPortalServer>(server, output)
{
    public static TheoryData<string, bool> Languages() => new() { { "nl-NL", true }, { "en-GB", false } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_new_user_registers_joins_a_municipality_logs_a_project_and_finds_it_by_its_barrier(string locale, bool keyboardOnly)
    {
        var language = locale[..2];
        var email = $"kees.{language}@voorbeeld.nl";
        var password = "zomerse wolken boven het polderland";
        var title = $"Warmtenet en riool samen ({language})";
        var tilburg = await Journey.MunicipalityAsync(Server, "GM0855");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await (await Journey.ContextAsync(browser, locale)).NewPageAsync();
        var act = new Actor(page, keyboardOnly);

        await page.GotoAsync(Journey.Url(Server, "/account/register"));
        await act.FillAsync("#Input_DisplayName", "Kees Nieuwkoop");
        await act.FillAsync("#Input_Email", email);
        await act.FillAsync("#Input_Password", password);
        await act.FillAsync("#Input_ConfirmPassword", password);
        await act.PressAsync("main form button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(CheckYourMail());
        await Shot(page, "journey-a-registered", locale);

        await page.GotoAsync(Journey.Url(Server, await Journey.MailLinkAsync(Server, email, "/account/confirm-email")));
        await act.PressAsync("main form button[type=submit]");
        await Assertions.Expect(page.GetByTestId("confirmed")).ToBeVisibleAsync();
        await page.GotoAsync(Journey.Url(Server, "/account/login"));
        await act.FillAsync("#Input_Email", email);
        await act.FillAsync("#Input_Password", password);
        await act.PressAsync("main form button[type=submit]");
        await Journey.ExpectSignedInAsync(page, email);

        await page.GotoAsync(Journey.Url(Server, $"/municipalities/{tilburg}"));
        await act.FillAsync("#Input_Motivation", "Ik werk aan de warmtetransitie in Reeshof.");
        await act.PressAsync("form[action*='handler=Join'] button[type=submit]");
        await Assertions.Expect(page.GetByTestId("standing")).ToBeVisibleAsync();

        var coordinator = await Journey.SignedInAsync(browser, Server, locale, "anne.jansen@tilburg.demo.test");
        await coordinator.GotoAsync(Journey.Url(Server, $"/municipalities/{tilburg}/members"));
        var request = coordinator.Locator("form[action*='handler=Decide']").Filter(new LocatorFilterOptions { HasText = "Kees Nieuwkoop" });
        if (await request.CountAsync() == 0)
        {
            request = coordinator.Locator("li, article, div.ln-card").Filter(new LocatorFilterOptions { HasText = "Kees Nieuwkoop" }).Locator("form[action*='handler=Decide']");
        }

        await request.First.Locator("button[name=approve][value=true]").ClickAsync();
        await Assertions.Expect(coordinator.Locator("form[action*='handler=Decide']").Filter(new LocatorFilterOptions { HasText = "Kees Nieuwkoop" })).ToHaveCountAsync(0);

        await page.GotoAsync(Journey.Url(Server, "/experiments/new"));
        await act.FillAsync("#Input_Title", title);
        await act.FillAsync("#Input_Summary", "Het warmtenet gaat mee met de vervanging van het riool.");
        await act.CheckAsync("#theme-underground");
        await act.SelectAsync("#barrier-choice", "barrier-6");
        await act.PressAsync("[data-testid=barrier-add]");
        await act.SelectAsync("#Input_Barriers_5__State", nameof(BarrierState.StillBlocking));
        await act.SelectAsync("#lesson-choice", "lesson-2");
        await act.PressAsync("[data-testid=lesson-add]");
        await act.SelectAsync("#Input_Lessons_1__Helped", nameof(LessonHelped.Yes));
        await Shot(page, "journey-a-project-form", locale);
        await act.PressAsync("main form button.utrecht-button--primary-action[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(Journey.ProjectPage());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

        await page.GotoAsync(Journey.Url(Server, "/experiments"));
        await act.CheckAsync("#barrier-6");
        await act.PressAsync("[data-testid=filters] button[type=submit]");
        await Assertions.Expect(page).ToHaveURLAsync(FilteredOnBarrier6());
        await Assertions.Expect(page.GetByTestId("results")).ToContainTextAsync(title);
        await Shot(page, "journey-a-found", locale);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task A_member_shares_a_reflection_another_municipality_recognises_and_comments_and_it_shows_on_the_lesson_page(string locale, bool keyboardOnly)
    {
        _ = keyboardOnly;
        var title = $"De VvE wil eerst zekerheid ({locale[..2]})";
        var experiment = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.Title.StartsWith("Mozartflat")).Select(e => e.Id).SingleAsync());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);

        var member = await Journey.SignedInAsync(browser, Server, locale, "bram.deboer@tilburg.demo.test");
        await member.GotoAsync(Journey.Url(Server, $"/experiments/{experiment}/reflection"));
        await member.SelectOptionAsync("#Input_Kind", "EyeOpener");
        await member.FillAsync("#Input_Title", title);
        await member.FillAsync("#Input_Body", "Pas toen de **ledenvergadering** zag wat het kostte, kwam er ruimte.");
        await member.CheckAsync("#lesson-11");
        await member.ClickAsync("main form button.utrecht-button--primary-action");
        await Assertions.Expect(member).ToHaveURLAsync(Journey.ReflectionPage());
        var reflectionUrl = member.Url;
        await Assertions.Expect(member.Locator("[data-testid=reflection-body] strong")).ToHaveTextAsync("ledenvergadering");

        var other = await Journey.SignedInAsync(browser, Server, locale, "dirk.smit@haarlem.demo.test");
        await other.GotoAsync(reflectionUrl);
        await other.ClickAsync("[data-testid=recognise]");
        await Assertions.Expect(other.Locator("[data-testid=recognise]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Assertions.Expect(other.GetByTestId("recognitions")).ToHaveTextAsync("(1)");
        await other.FillAsync("#new-comment", "Herkenbaar: in Haarlem ging het net zo.");
        await other.ClickAsync("[data-testid=comment-form] button[type=submit]");
        await Assertions.Expect(other.Locator("[data-testid=comments]")).ToContainTextAsync("Herkenbaar: in Haarlem ging het net zo.");
        await Shot(other, "journey-b-reflection", locale);

        var reader = await (await Journey.ContextAsync(browser, locale)).NewPageAsync();
        await reader.GotoAsync(Journey.Url(Server, "/lessons/11"));
        await Assertions.Expect(reader.GetByTestId("tagged-reflection").Filter(new LocatorFilterOptions { HasText = title })).ToHaveCountAsync(1);
        await Shot(reader, "journey-b-lesson", locale);
    }

    [GeneratedRegex("/account/register/check-your-mail$")]
    private static partial Regex CheckYourMail();

    [GeneratedRegex("[?&]barrier=6(&|$)")]
    private static partial Regex FilteredOnBarrier6();

    private static Task Shot(IPage page, string name, string locale) =>
        page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"{name}-{locale[..2]}"), FullPage = true });

    /// <summary>Does each step with the mouse, or with the keyboard only: Tab to the control, then type, Space or Enter.</summary>
    private sealed class Actor(IPage page, bool keyboardOnly)
    {
        public async Task FillAsync(string selector, string text)
        {
            if (!keyboardOnly)
            {
                await page.FillAsync(selector, text);
                return;
            }

            await Journey.TabToAsync(page, selector);
            await page.Keyboard.TypeAsync(text);
        }

        public async Task CheckAsync(string selector)
        {
            if (!keyboardOnly)
            {
                await page.CheckAsync(selector);
                return;
            }

            await Journey.TabToAsync(page, selector);
            await page.Keyboard.PressAsync("Space");
            await Assertions.Expect(page.Locator(selector)).ToBeCheckedAsync();
        }

        public async Task SelectAsync(string selector, string value)
        {
            if (!keyboardOnly)
            {
                await page.SelectOptionAsync(selector, value);
                return;
            }

            await Journey.SelectWithKeysAsync(page, selector, value);
        }

        public async Task PressAsync(string selector)
        {
            if (!keyboardOnly)
            {
                await page.ClickAsync(selector);
                return;
            }

            await Journey.TabToAsync(page, selector);
            await page.Keyboard.PressAsync("Enter");
        }
    }
}
