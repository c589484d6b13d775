using Deque.AxeCore.Playwright;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// WCAG 2.1 AA in a real browser: axe-core on every main page finds no serious or critical violation, and at
/// 375 and 1280 pixels wide no page scrolls sideways. Screenshots of each page in both widths are kept.
/// </summary>
public sealed class AccessibilityTests(DemoPortalServer server, ITestOutputHelper output) : PortalTest<DemoPortalServer>(server, output)
{
    public static TheoryData<string, int> Languages() => new() { { "nl-NL", 1280 }, { "en-GB", 375 } };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Every_main_page_has_no_serious_or_critical_axe_violation_and_no_sideways_scrolling(string locale, int width)
    {
        var ids = await IdsAsync();
        var pages = new (string? User, string Path, string Name)[]
        {
            (null, "/", "home"),
            (null, "/experiments?barrier=6&theme=renovation", "experiments-filtered"),
            (null, $"/experiments/{ids.Experiment}", "experiment"),
            (null, $"/reflections/{ids.Reflection}", "reflection"),
            (null, "/lessons/2", "lesson"),
            (null, "/barriers/6", "barrier"),
            (null, "/themes/renovation", "theme"),
            (null, "/learning-agenda", "learning-agenda"),
            (null, $"/learning-agenda/{ids.Question}", "learning-question"),
            (null, "/insights", "insights"),
            (null, "/search?q=warmtenetten", "search"),
            (null, "/municipalities", "municipalities"),
            (null, "/account/login", "sign-in"),
            (null, "/account/register", "register"),
            (null, "/toegankelijkheid", "accessibility-statement"),
            (null, "/bestaat-niet", "not-found"),
            (null, "/error", "server-error"),
            ("anne.jansen@tilburg.demo.test", "/account", "account"),
            ("anne.jansen@tilburg.demo.test", "/account/digest", "digest-settings"),
            ("anne.jansen@tilburg.demo.test", "/notifications", "notifications"),
            ("anne.jansen@tilburg.demo.test", "/notifications/settings", "notification-settings"),
            ("anne.jansen@tilburg.demo.test", "/experiments/new", "experiment-new"),
            ("anne.jansen@tilburg.demo.test", $"/experiments/{ids.Experiment}/reflection", "reflection-new"),
            ("anne.jansen@tilburg.demo.test", $"/reflections/{ids.Reflection}", "reflection-signed-in"),
            ("anne.jansen@tilburg.demo.test", "/learning-agenda/new", "learning-question-new"),
            ("anne.jansen@tilburg.demo.test", $"/municipalities/{ids.Tilburg}/members", "members"),
            ("anne.jansen@tilburg.demo.test", "/anchoring", "anchoring"),
            ("anne.jansen@tilburg.demo.test", $"/experiments/{ids.TilburgProject}/record", "record"),
            ("anne.jansen@tilburg.demo.test", $"/experiments/{ids.TilburgProject}/documents", "documents"),
            ("fatima.elamrani@onderzoek.demo.test", "/admin", "forbidden"),
            ("gert.mulder@netwerk.demo.test", "/admin", "admin"),
            ("gert.mulder@netwerk.demo.test", "/admin/reports", "admin-reports"),
            ("gert.mulder@netwerk.demo.test", "/admin/digests", "admin-digests"),
            ("gert.mulder@netwerk.demo.test", "/admin/audit", "admin-audit"),
            ("gert.mulder@netwerk.demo.test", "/admin/people?q=demo", "admin-people"),
        };

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var problems = new List<string>();
        foreach (var group in pages.GroupBy(p => p.User))
        {
            await using var context = await Journey.ContextAsync(browser, locale, width);
            var page = await context.NewPageAsync();
            if (group.Key is { } user)
            {
                await Journey.SignInAsync(page, Server, user);
            }

            foreach (var (_, path, name) in group)
            {
                await page.GotoAsync(new Uri(Server.BaseAddress, path).ToString());
                var result = await page.RunAxe();
                problems.AddRange(result.Violations
                    .Where(v => v.Impact is "serious" or "critical")
                    .Select(v => $"{path} ({locale}, {width}px): {v.Id} [{v.Impact}] {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}"));
                var sideways = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (sideways > 1)
                {
                    problems.Add($"{path} ({locale}, {width}px): scrolls {sideways}px sideways");
                }

                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"{name}-{locale[..2]}-{width}"), FullPage = true });
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task The_axe_check_itself_finds_a_planted_violation()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html lang=\"nl\"><head><title>x</title></head><body><main><img src=\"x.png\"><button></button></main></body></html>");

        var result = await page.RunAxe();

        Assert.Contains(result.Violations, v => v.Id == "image-alt" && v.Impact == "critical");
        Assert.Contains(result.Violations, v => v.Id == "button-name" && v.Impact == "critical");
    }

    private async Task<(int Experiment, int Reflection, int Question, int Tilburg, int TilburgProject)> IdsAsync()
    {
        await using var scope = Server.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var reflection = await db.Reflections.OrderBy(r => r.Id).Select(r => new { r.Id, r.ExperimentId }).FirstAsync();
        var question = await db.LearningQuestions.OrderBy(q => q.Id).Select(q => q.Id).FirstAsync();
        var tilburg = await db.Municipalities.Where(m => m.CbsCode == "GM0855").Select(m => m.Id).SingleAsync();
        var tilburgProject = await db.Experiments.Where(e => e.MunicipalityId == tilburg && e.DeletedAtUtc == null).OrderBy(e => e.Id).Select(e => e.Id).FirstAsync();
        return (reflection.ExperimentId, reflection.Id, question, tilburg, tilburgProject);
    }
}
