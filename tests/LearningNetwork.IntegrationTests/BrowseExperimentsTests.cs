using System.Net;
using System.Text.Json;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests;

/// <summary>The browse page and API: visibility everywhere, facet counts against a plain reference, search, paging, SQL per page.</summary>
public sealed class BrowseExperimentsTests(BrowseExperimentsTests.World world) : IClassFixture<BrowseExperimentsTests.World>
{
    [Fact]
    public async Task Drafts_never_show_outside_their_municipality_in_the_list_counts_search_or_API()
    {
        var visitor = world.Factory.CreatePortalClient();
        var reader = await Network.SignedInAsync(world.Factory, "lezer@example.com");
        var member = await Network.SignedInAsync(world.Factory, "lid@tilburg.nl");

        var visitorPage = await visitor.GetAsync("/experiments?q=geheimpje", expectSuccess: true);
        Assert.Empty(visitorPage.QuerySelectorAll("[data-testid=results] li"));
        var readerPage = await reader.GetAsync("/experiments?q=geheimpje", expectSuccess: true);
        Assert.Empty(readerPage.QuerySelectorAll("[data-testid=results] li"));
        var memberPage = await member.GetAsync("/experiments?q=geheimpje", expectSuccess: true);
        Assert.Single(memberPage.QuerySelectorAll("[data-testid=results] li"));

        var expected = await world.Factory.WithDbAsync(db => db.Experiments.CountAsync(e => e.Visibility == Visibility.Public && e.DeletedAtUtc == null));
        using var api = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/v1/experiments?pageSize=100", UriKind.Relative)));
        Assert.Equal(expected, api.RootElement.GetProperty("total").GetInt32());
        Assert.All(api.RootElement.GetProperty("items").EnumerateArray(), i => Assert.Equal("public", i.GetProperty("visibility").GetString()));
        var statusCounts = api.RootElement.GetProperty("facets").GetProperty("status").EnumerateArray().Sum(f => f.GetProperty("count").GetInt32());
        Assert.Equal(expected, statusCounts);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/api/v1/experiments/{world.DraftId}", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Facet_counts_equal_a_plain_reference_query_for_random_filter_mixes()
    {
        var reader = await Network.SignedInAsync(world.Factory, "lezer@example.com");
        var random = new Random(20261128);
        string[] themes = ["underground", "renovation", "climate-adaptation", "employment", "energy-poverty"];
        for (var round = 0; round < 12; round++)
        {
            var theme = random.Next(3) == 0 ? null : themes[random.Next(themes.Length)];
            int? barrier = random.Next(2) == 0 ? null : random.Next(1, 8);
            var state = random.Next(3) == 0 ? (BarrierState?)null : (BarrierState)random.Next(1, 4);
            var status = random.Next(3) == 0 ? (ExperimentStatus?)null : (ExperimentStatus)random.Next(1, 8);
            var query = string.Join("&", new[]
            {
                theme is null ? null : $"theme={theme}",
                barrier is null ? null : $"barrier={barrier}",
                state is null ? null : $"barrierState={state}",
                status is null ? null : $"status={status}",
                "pageSize=1",
            }.Where(p => p is not null));
            using var json = JsonDocument.Parse(await reader.GetStringAsync(new Uri($"/api/v1/experiments?{query}", UriKind.Relative)));

            var reference = await world.Factory.WithDbAsync(db => db.Experiments
                .Where(e => e.DeletedAtUtc == null && e.Visibility != Visibility.Draft)
                .Select(e => new
                {
                    Themes = e.Themes.Select(t => t.ThemeKey).ToList(),
                    Barriers = e.Barriers.Select(b => new { b.BarrierNumber, b.State }).ToList(),
                    e.Status,
                })
                .ToListAsync());
            bool Matches(dynamic e, bool skipStatus, bool skipTheme) =>
                (skipTheme || theme is null || ((List<string>)e.Themes).Contains(theme))
                && (barrier is null && state is null || ((IEnumerable<dynamic>)e.Barriers).Any(b => (barrier is null || b.BarrierNumber == barrier) && (state is null || b.State == state)))
                && (skipStatus || status is null || e.Status == status);

            Assert.Equal(reference.Count(e => Matches(e, false, false)), json.RootElement.GetProperty("total").GetInt32());
            var statusFacet = json.RootElement.GetProperty("facets").GetProperty("status").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
            foreach (var value in Enum.GetValues<ExperimentStatus>())
            {
                var expected = reference.Count(e => Matches(e, true, false) && e.Status == value);
                Assert.Equal(expected, statusFacet.GetValueOrDefault(value.ToString()));
            }

            var themeFacet = json.RootElement.GetProperty("facets").GetProperty("theme").EnumerateArray().ToDictionary(f => f.GetProperty("value").GetString()!, f => f.GetProperty("count").GetInt32());
            foreach (var key in themes)
            {
                Assert.Equal(reference.Count(e => Matches(e, false, true) && e.Themes.Contains(key)), themeFacet.GetValueOrDefault(key));
            }
        }
    }

    [Fact]
    public async Task Search_finds_words_in_barrier_notes_ignoring_accents_and_filters_combine()
    {
        var reader = await Network.SignedInAsync(world.Factory, "lezer@example.com");

        var page = await reader.GetAsync("/experiments?q=ZONNEPANELEN%20coop", expectSuccess: true);
        var titles = page.QuerySelectorAll("[data-testid=results] h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["Zon op school"], titles);
        Assert.Equal(["Zon op school"], (await reader.GetAsync("/experiments?q=cooperatie", expectSuccess: true)).QuerySelectorAll("[data-testid=results] h3").Select(h => h.TextContent.Trim()));
        Assert.Empty((await reader.GetAsync("/experiments?q=zonnepanelen&province=Limburg", expectSuccess: true)).QuerySelectorAll("[data-testid=results] li"));
        Assert.Empty((await reader.GetAsync("/experiments?q=%22%29%20OR%20*", expectSuccess: true)).QuerySelectorAll("[data-testid=results] li"));
    }

    [Fact]
    public async Task A_synchronous_save_of_an_experiment_is_refused_so_the_search_index_never_falls_behind()
    {
        var refusals = await world.Factory.WithDbAsync(db =>
        {
            var messages = new List<string>();
            var solar = db.Experiments.Include(e => e.Barriers).Single(e => e.Title == "Zon op school");
            db.Entry(solar.Barriers.Single()).State = EntityState.Deleted;
            messages.Add(Assert.Throws<InvalidOperationException>(() => db.SaveChanges()).Message);
            db.ChangeTracker.Clear();
            db.Experiments.Add(new Experiment(solar.MunicipalityId, new ExperimentDetails("Zonnepanelen overal", null, null, "Nieuw.", null, null, null, null, Visibility.Public, ["energy-poverty"], [], [], []), ExperimentStatus.Idea, solar.CreatedByUserId, DateTime.UtcNow, "Start"));
            messages.Add(Assert.Throws<InvalidOperationException>(() => db.SaveChanges()).Message);
            return Task.FromResult(messages);
        });

        Assert.All(refusals, m => Assert.Contains("SaveChangesAsync", m, StringComparison.Ordinal));
        var reader = await Network.SignedInAsync(world.Factory, "lezer@example.com");
        Assert.Equal(["Zon op school"], (await reader.GetAsync("/experiments?q=zonnepanelen", expectSuccess: true)).QuerySelectorAll("[data-testid=results] h3").Select(h => h.TextContent.Trim()));
    }

    [Fact]
    public async Task The_list_page_runs_a_fixed_number_of_SQL_commands_whatever_the_page_size()
    {
        var reader = await Network.SignedInAsync(world.Factory, "lezer@example.com");
        using var counter = await SqlCommandCounter.StartAsync(world.Factory.DataFolder);
        var counts = new List<int>();
        var cache = world.Factory.Services.GetRequiredService<ReadCache>();
        foreach (var size in new[] { 1, 10, 100 })
        {
            await reader.GetStringAsync(new Uri($"/api/v1/experiments?pageSize={size}&theme=renovation", UriKind.Relative));

            // What is kept for this reader goes (as after a comment somewhere), so the rows and counts are read again.
            cache.Changed(list: false);
            counter.Reset();
            await reader.GetStringAsync(new Uri($"/api/v1/experiments?pageSize={size}&theme=renovation", UriKind.Relative));
            counts.Add(counter.Count);
        }

        Assert.Single(counts.Distinct());
        Assert.InRange(counts[0], 1, 14);
    }

    [Theory]
    [InlineData("p=-1", "Deze pagina bestaat niet.")]
    [InlineData("p=1000000000", "Deze pagina bestaat niet.")]
    [InlineData("barrier=99", "Kies barrières uit de lijst van zeven.")]
    [InlineData("status=Flying", "Kies een status uit de lijst.")]
    [InlineData("sort=random", "Kies een sortering uit de lijst.")]
    public async Task Bad_filters_get_a_clear_message(string query, string expected)
    {
        var page = await world.Factory.CreatePortalClient().GetAsync($"/experiments?{query}", expectSuccess: true);

        Assert.Contains(expected, page.SummaryErrors());
        var api = await world.Factory.CreatePortalClient().GetAsync(new Uri($"/api/v1/experiments?{query.Replace("p=", "page=", StringComparison.Ordinal)}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
    }

    [Theory]
    [InlineData("/experiments?status=&barrierState=&theme=&p=")]
    [InlineData("/api/v1/experiments?status=&barrierState=&lesson=&page=")]
    public async Task Empty_filter_values_are_no_filter(string url)
    {
        var response = await world.Factory.CreatePortalClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Paging_sorting_and_the_filter_state_in_the_url()
    {
        var reader = await Network.SignedInAsync(world.Factory, "lezer@example.com");
        var page = await reader.GetAsync("/experiments?sort=Title&theme=renovation&theme=underground", expectSuccess: true);

        var titles = page.QuerySelectorAll("[data-testid=results] h3").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(titles.Order(StringComparer.Ordinal).ToList(), titles);
        Assert.NotNull(page.QuerySelector("input[name=theme][value=renovation][checked]"));
        Assert.NotNull(page.QuerySelector("input[name=theme][value=underground][checked]"));
        Assert.NotNull(page.QuerySelector("#sort option[value=Title][selected]"));
    }

    /// <summary>A small network: public, network and draft experiments in three municipalities.</summary>
    public sealed class World : IAsyncLifetime
    {
        public PortalFactory Factory { get; } = new();

        public int DraftId { get; private set; }

        public async Task InitializeAsync()
        {
            var author = await Network.PersonAsync(Factory, "lid@tilburg.nl", "Lid", "GM0855");
            await Network.PersonAsync(Factory, "lezer@example.com", "Lezer");
            var municipalities = await Factory.WithDbAsync(db => db.Municipalities.Where(m => m.CbsCode == "GM0855" || m.CbsCode == "GM0758" || m.CbsCode == "GM0983").Select(m => m.CbsCode).ToListAsync());
            var random = new Random(7);
            string[] themes = ["underground", "renovation", "climate-adaptation", "employment", "energy-poverty"];
            for (var i = 0; i < 40; i++)
            {
                var themesOf = themes.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
                var barriers = Enumerable.Range(1, 7).Where(_ => random.Next(3) == 0).Select(n => new BarrierDetails(n, (BarrierState)random.Next(1, 4), null)).ToList();
                var status = (ExperimentStatus)random.Next(1, 8) is var s && s.NeedsReason() ? ExperimentStatus.Running : s;
                await Make.Project(Factory.Services).In(municipalities[i % 3]).By(author).Titled($"Project {i:00}").Summary($"Samenvatting {i}").Visible((Visibility)(i % 3))
                    .Themes(themesOf).Barriers(barriers).Status(status).CreatedAt(DateTime.UtcNow.AddDays(-i)).CreateAsync();
            }

            DraftId = (await Make.Project(Factory.Services).By(author).Titled("Geheim concept").Summary("Een geheimpje van Tilburg.").Visible(Visibility.Draft)
                .Themes("renovation").Status(ExperimentStatus.Idea).CreateAsync()).Id;
            await Make.Project(Factory.Services).In("GM0758").By(author).Titled("Zon op school").Summary("Daken van scholen.").Visible(Visibility.Network)
                .Themes("energy-poverty").Barrier(4, BarrierState.Overcome, "Samen met de coöperatie zonnepanelen geplaatst.").CreateAsync();
        }

        public Task DisposeAsync()
        {
            Factory.Dispose();
            return Task.CompletedTask;
        }
    }
}
