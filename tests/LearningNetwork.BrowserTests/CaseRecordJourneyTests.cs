using System.Globalization;
using System.Text.RegularExpressions;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>
/// Issue 22's journey, in Dutch and in English: the anchoring watch flags a project that only one person carries and
/// the member sets the flag aside with a reason; the member fills the project's case record with a sewer replacement
/// opening in a year, attaches a council letter (PDF) and a photo, sees on the project form how long comparable
/// couplings took, and finds the window on the municipality's radar.
/// </summary>
public sealed class CaseRecordJourneyTests(DemoPortalServer server, ITestOutputHelper output) : PortalTest<DemoPortalServer>(server, output)
{
    public static TheoryData<string, string, string> People() => new()
    {
        { "nl-NL", "anne.jansen@tilburg.demo.test", "GM0855" },
        { "en-GB", "dirk.smit@haarlem.demo.test", "GM0392" },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task A_member_sets_a_flag_aside_fills_the_record_attaches_files_and_finds_the_window(string locale, string email, string cbs)
    {
        var english = locale.StartsWith("en", StringComparison.Ordinal);
        var municipality = await Journey.MunicipalityAsync(Server, cbs);
        var project = await Journey.DbAsync(Server, db => db.Experiments.Where(e => e.MunicipalityId == municipality && e.DeletedAtUtc == null && e.ContactUserId == null)
            .OrderBy(e => e.Id).Select(e => new { e.Id, e.Title }).FirstAsync());
        await ComparableCouplingsAsync(project.Id);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await Browser.LaunchAsync(playwright);
        var page = await Journey.SignedInAsync(browser, Server, locale, email);

        // The watch: nobody but the member's municipality can be asked about this project; the member sets it aside.
        await page.GotoAsync(Journey.Url(Server, $"/experiments/{project.Id}"));
        await Assertions.Expect(page.GetByTestId("continuity-warning")).ToBeVisibleAsync();
        await page.GotoAsync(Journey.Url(Server, "/anchoring"));
        var flag = page.Locator($"#flag-{project.Id}-SingleContact");
        await Assertions.Expect(flag).ToContainTextAsync(project.Title);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"anchoring-{locale[..2]}"), FullPage = true });
        var reason = english ? "The successor is being briefed." : "De opvolger wordt ingewerkt.";
        await flag.Locator("input[name='Input.Reason']").FillAsync(reason);
        await flag.Locator("button[type=submit]").ClickAsync();
        await Assertions.Expect(page.Locator($"#flag-{project.Id}-SingleContact")).ToHaveCountAsync(0);
        await Assertions.Expect(page.GetByTestId("anchoring-dismissed")).ToContainTextAsync(reason);
        await page.GotoAsync(Journey.Url(Server, $"/experiments/{project.Id}"));
        await Assertions.Expect(page.GetByTestId("record")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByTestId("continuity-warning")).ToHaveCountAsync(0);

        // The record: a sewer replacement opening in a year, not coupled yet; costs and the department that owns it.
        var opens = DateTime.UtcNow.AddMonths(12);
        var window = english ? "Replace the sewer in the old quarter" : "Riool oude wijk vervangen";
        await page.ClickAsync("[data-testid=record-edit]");
        await page.SelectOptionAsync("#work-0-kind", "SewerReplacement");
        await page.FillAsync("[name='Input.Works[0].Description']", window);
        await page.FillAsync("[name='Input.Works[0].Owner']", english ? "Sewerage department" : "Afdeling riolering");
        await page.FillAsync("[name='Input.Works[0].WindowFrom']", opens.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.FillAsync("[name='Input.Works[0].WindowTo']", opens.AddMonths(6).ToString("yyyy-MM", CultureInfo.InvariantCulture));
        await page.SelectOptionAsync("#Input_Costs", "OneToTenMillion");
        await page.SelectOptionAsync("#Input_OwningDepartment", "PublicSpace");
        await page.ClickAsync("[data-testid=record-submit]");
        await Assertions.Expect(page.GetByTestId("record-works")).ToContainTextAsync(window);

        // Documents: a council letter and a photo taken on its side; the photo shows upright, sized for the page.
        await page.ClickAsync("[data-testid=documents-edit]");
        await page.SetInputFilesAsync("#Input_Content", new FilePayload { Name = english ? "council-letter.pdf" : "raadsbrief.pdf", MimeType = "application/pdf", Buffer = TestFiles.Pdf() });
        await page.FillAsync("#Input_Caption", english ? "Council letter on the heat vision" : "Raadsbrief over de warmtevisie");
        await page.ClickAsync("[data-testid=document-add]");
        await Assertions.Expect(page.GetByTestId("document")).ToHaveCountAsync(1);
        await page.SetInputFilesAsync("#Input_Content", new FilePayload { Name = "bouwteam.jpg", MimeType = "image/jpeg", Buffer = TestFiles.Photo(1600, 1200, orientation: 6) });
        await page.ClickAsync("[data-testid=document-add]");
        await Assertions.Expect(page.GetByTestId("document")).ToHaveCountAsync(2);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Browser.ScreenshotPath($"documents-{locale[..2]}"), FullPage = true });
        await page.GotoAsync(Journey.Url(Server, $"/experiments/{project.Id}#documents"));
        var photo = page.Locator("[data-testid=project-documents] [data-testid=document-image]");
        await Assertions.Expect(photo).ToHaveAttributeAsync("width", "720");
        await page.WaitForFunctionAsync("() => { const img = document.querySelector('[data-testid=project-documents] img'); return img && img.complete && img.naturalWidth === 720 && img.naturalHeight === 960; }");
        await Assertions.Expect(page.Locator("[data-testid=project-documents] [data-testid=document-link]")).ToHaveTextAsync(english ? "council-letter.pdf" : "raadsbrief.pdf");
        await page.Locator("[data-testid=project-documents]").ScreenshotAsync(new LocatorScreenshotOptions { Path = Browser.ScreenshotPath($"project-documents-{locale[..2]}") });

        // The project form tells how long comparable couplings took.
        await page.ClickAsync("[data-testid=edit-link]");
        await page.FillAsync("#Input_EndDate", opens.AddYears(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Assertions.Expect(page.GetByTestId("lead-time")).ToContainTextAsync(english ? "Comparable couplings in the network" : "Vergelijkbare koppelingen in het netwerk");
        await Assertions.Expect(page.GetByTestId("lead-time")).ToContainTextAsync(english ? "4 years" : "4 jaar");

        // The radar of the municipality shows the window, not coupled yet.
        await page.GotoAsync(Journey.Url(Server, $"/radar?municipality={municipality}"));
        var onRadar = page.GetByTestId("radar-window").Filter(new LocatorFilterOptions { HasText = window });
        await Assertions.Expect(onRadar).ToHaveAttributeAsync("data-coupled", "false");
        await Assertions.Expect(onRadar).ToContainTextAsync(english ? "not coupled yet" : "nog niet gekoppeld");
        await Assertions.Expect(onRadar.Locator("a")).ToHaveTextAsync(new Regex(Regex.Escape(project.Title)));
    }

    /// <summary>
    /// Three projects that share a theme with this one and are of no stated size get actual months in their record
    /// (4, 6 and 3 years), so the hint has something to tell: the median is 4 years.
    /// </summary>
    private Task ComparableCouplingsAsync(int project) =>
        Journey.DbAsync(Server, async db =>
        {
            var themes = await db.Experiments.Where(e => e.Id == project).SelectMany(e => e.Themes).Select(t => t.ThemeKey).ToListAsync();
            var others = await db.Experiments.Where(e => e.Id != project && e.DeletedAtUtc == null && e.Homes == null && e.Themes.Any(t => themes.Contains(t.ThemeKey)))
                .OrderBy(e => e.Id).Take(3).ToListAsync();
            var spans = new[] { (2015, 2019), (2016, 2022), (2018, 2021) };
            foreach (var (other, (from, to)) in others.Zip(spans))
            {
                other.SetRecord(CaseRecord.Empty with { Phases = [new PhaseDates(ExperimentStatus.Running, null, null, new DateOnly(from, 1, 1), new DateOnly(to, 1, 1))] }, DateTime.UtcNow);
            }

            return await db.SaveChangesAsync();
        });
}
