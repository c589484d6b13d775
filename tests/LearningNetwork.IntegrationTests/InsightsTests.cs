using AngleSharp.Dom;
using Visibility = LearningNetwork.Domain.Common.Visibility;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>The overviews: every cell equals a plain count over what the viewer may read, and links to that list.</summary>
public sealed class InsightsTests : IAsyncLifetime
{
    private static readonly string[] Themes = ["underground", "renovation", "climate-adaptation", "employment"];
    private readonly PortalFactory _factory = new();

    public async Task InitializeAsync()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Tilburgs lid", "GM0855");
        var author = await Network.PersonAsync(_factory, "auteur@breda.nl", "Auteur", "GM0758");
        var random = new Random(7);
        var municipalities = await _factory.WithDbAsync(db => db.Municipalities.OrderBy(m => m.Id).Select(m => m.CbsCode).Take(6).ToListAsync());
        for (var i = 0; i < 40; i++)
        {
            var municipality = i % 7 == 0 ? "GM0855" : municipalities[random.Next(municipalities.Count)];
            var visibility = Enum.GetValues<Visibility>()[random.Next(3)];
            var themes = Themes.Where(_ => random.Next(3) == 0).DefaultIfEmpty(Themes[random.Next(Themes.Length)]).Distinct().ToList();
            var barriers = Enumerable.Range(1, 7).Where(_ => random.Next(3) == 0).Select(b => new BarrierDetails(b, (BarrierState)random.Next(1, 4), null)).ToList();
            var lessons = Enumerable.Range(1, 11).Where(_ => random.Next(4) == 0).Select(l => new LessonDetails(l, LessonHelped.Yes, null)).ToList();
            await Make.Project(_factory.Services).In(municipality).By(author).Titled($"Project {i}").Summary("Samen.").Visible(visibility)
                .Themes(themes).Barriers(barriers).Lessons(lessons).Deleted(i % 13 == 0).CreateAsync();
        }
    }

    [Fact]
    public async Task The_matrices_and_the_blocking_list_equal_plain_counts_of_what_each_viewer_may_read()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var all = await _factory.WithDbAsync(db => db.Experiments.AsNoTracking().Include(e => e.Themes).Include(e => e.Barriers).Include(e => e.Lessons).ToListAsync());
        var viewers = new (HttpClient Client, Func<Experiment, bool> MayRead)[]
        {
            (_factory.CreatePortalClient(), e => e.Visibility == Visibility.Public),
            (await Network.SignedInAsync(_factory, "lid@tilburg.nl"), e => e.Visibility != Visibility.Draft || e.MunicipalityId == tilburg),
        };

        foreach (var (client, mayRead) in viewers)
        {
            var readable = all.Where(e => e.DeletedAtUtc == null && mayRead(e)).ToList();
            var home = await client.GetAsync("/", expectSuccess: true);
            var insights = await client.GetAsync("/insights", expectSuccess: true);
            var checkedCells = 0;
            foreach (var theme in Themes)
            {
                for (var lesson = 1; lesson <= 11; lesson++)
                {
                    var expected = readable.Count(e => e.Lessons.Any(l => l.LessonNumber == lesson) && e.Themes.Any(t => t.ThemeKey == theme));
                    Assert.Equal(expected, Count(home, "lessons-by-theme", lesson, theme));
                    checkedCells += expected;
                }

                for (var barrier = 1; barrier <= 7; barrier++)
                {
                    var met = readable.Where(e => e.Barriers.Any(b => b.BarrierNumber == barrier) && e.Themes.Any(t => t.ThemeKey == theme)).ToList();
                    var cell = Cell(insights, "barriers-by-theme", barrier, theme);
                    Assert.Equal(met.Count, int.Parse(cell.GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture));
                    Assert.Equal(met.Count(e => e.Barriers.Single(b => b.BarrierNumber == barrier).State == BarrierState.Overcome), int.Parse(cell.GetAttribute("data-overcome")!, System.Globalization.CultureInfo.InvariantCulture));
                }
            }

            Assert.True(checkedCells > 0);
            var blocking = insights.QuerySelectorAll("[data-testid=still-blocking] li")
                .ToDictionary(li => int.Parse(li.GetAttribute("data-barrier")!, System.Globalization.CultureInfo.InvariantCulture), li => int.Parse(li.GetAttribute("data-municipalities")!, System.Globalization.CultureInfo.InvariantCulture));
            var expectedBlocking = readable.SelectMany(e => e.Barriers.Where(b => b.State == BarrierState.StillBlocking).Select(b => (b.BarrierNumber, e.MunicipalityId)))
                .GroupBy(x => x.BarrierNumber).ToDictionary(g => g.Key, g => g.Select(x => x.MunicipalityId).Distinct().Count());
            Assert.Equal(expectedBlocking.OrderBy(x => x.Key), blocking.OrderBy(x => x.Key));
            Assert.Equal(blocking.Values.OrderByDescending(v => v), blocking.Values);

            // A cell's link lists exactly the projects it counts.
            var link = home.QuerySelector("[data-testid=lessons-by-theme] td a")!;
            var list = await client.GetAsync(link.GetAttribute("href")!, expectSuccess: true);
            Assert.StartsWith(link.TextContent.Trim() + " ", list.Text("[data-testid=total]"), StringComparison.Ordinal);
        }
    }

    private static int Count(IDocument page, string matrix, int row, string column) =>
        int.Parse(Cell(page, matrix, row, column).GetAttribute("data-count")!, System.Globalization.CultureInfo.InvariantCulture);

    private static IElement Cell(IDocument page, string matrix, int row, string column) =>
        page.QuerySelector($"[data-testid={matrix}] td[data-row='{row}'][data-column='{column}']")
            ?? throw new InvalidOperationException($"No cell {row} × {column} in {matrix}");

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
