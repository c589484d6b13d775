using System.Net;
using LearningNetwork.IntegrationTests.Support;

namespace LearningNetwork.IntegrationTests;

public sealed class TaxonomyPagesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task Home_page_is_Dutch_by_default_with_the_eleven_lessons_and_seven_barriers()
    {
        var page = await factory.CreatePortalClient().GetAsync("/", expectSuccess: true);

        Assert.Equal("nl", page.DocumentElement.GetAttribute("lang"));
        var lessons = page.QuerySelectorAll("[data-testid=lesson-list] li a");
        var barriers = page.QuerySelectorAll("[data-testid=barrier-list] li a");
        Assert.Equal(11, lessons.Length);
        Assert.Equal(7, barriers.Length);
        Assert.Equal(8, page.QuerySelectorAll("[data-testid=theme-list] li a").Length);
        Assert.Contains("Begin waar urgentie & energie zit", lessons[0].TextContent, StringComparison.Ordinal);
        Assert.Equal("/lessons/1", lessons[0].GetAttribute("href"));
        Assert.Equal("/barriers/7", barriers[6].GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("a.utrecht-skip-link[href='#main']"));
        Assert.NotNull(page.QuerySelector("main#main"));
    }

    [Fact]
    public async Task Accept_language_English_gives_the_English_page()
    {
        var page = await factory.CreatePortalClient("en-GB,en;q=0.9").GetAsync("/", expectSuccess: true);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("Start where urgency and energy are", page.QuerySelector("[data-testid=lesson-list]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Nederlands", page.Text("[data-testid=language-switch]"));
    }

    [Fact]
    public async Task The_language_switch_is_remembered_in_a_cookie_over_the_browser_language()
    {
        var client = factory.CreatePortalClient("nl-NL");
        var response = await client.PostFormAsync("/lessons/3", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/lessons/3" }, action: "/language");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/lessons/3", response.Headers.Location!.OriginalString);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));

        var page = await client.GetAsync("/lessons/3", expectSuccess: true);
        Assert.Equal("Start and keep focus", page.Text("h1"));

        var back = await client.PostFormAsync("/lessons/3", new Dictionary<string, string> { ["culture"] = "nl", ["returnUrl"] = "https://evil.example/" }, action: "/language");
        Assert.Equal("/", back.Headers.Location!.OriginalString);
        Assert.Equal("Start & houd focus", (await client.GetAsync("/lessons/3", expectSuccess: true)).Text("h1"));
    }

    [Fact]
    public async Task Every_lesson_barrier_and_theme_has_its_page()
    {
        var client = factory.CreatePortalClient();
        for (var number = 1; number <= 11; number++)
        {
            var page = await client.GetAsync($"/lessons/{number}", expectSuccess: true);
            Assert.Contains($"Les {number}", page.Text(".utrecht-pre-heading"), StringComparison.Ordinal);
        }

        for (var number = 1; number <= 7; number++)
        {
            await client.GetAsync($"/barriers/{number}", expectSuccess: true);
        }

        foreach (var key in new[] { "underground", "renovation", "climate-adaptation", "employment", "liveability", "energy-poverty", "circular-economy", "future-proof-housing" })
        {
            await client.GetAsync($"/themes/{key}", expectSuccess: true);
        }
    }

    [Fact]
    public async Task A_barrier_page_lists_the_lessons_the_schetsboek_links_to_it()
    {
        var page = await factory.CreatePortalClient("en").GetAsync("/barriers/6", expectSuccess: true);

        var links = page.QuerySelectorAll("[data-testid=helpful-lessons] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/lessons/1", "/lessons/6", "/lessons/8", "/lessons/11"], links);
        Assert.Equal("Residents feel no urgency: delays", page.Text("h1"));
    }

    [Fact]
    public async Task A_lesson_page_lists_the_barriers_it_helps_against()
    {
        var page = await factory.CreatePortalClient().GetAsync("/lessons/2", expectSuccess: true);

        var links = page.QuerySelectorAll("[data-testid=helps-against] a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/barriers/2", "/barriers/4"], links);
    }

    [Theory]
    [InlineData("/lessons/0")]
    [InlineData("/lessons/12")]
    [InlineData("/lessons/abc")]
    [InlineData("/barriers/8")]
    [InlineData("/barriers/-1")]
    [InlineData("/themes/no-such-theme")]
    [InlineData("/no/such/page")]
    public async Task Unknown_numbers_and_keys_give_the_real_404_page(string url)
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri(url, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.Equal("Pagina niet gevonden", page.Text("h1"));
        Assert.NotNull(page.QuerySelector("nav.utrecht-nav-bar"));
    }

    [Fact]
    public async Task The_404_page_follows_the_visitors_language()
    {
        var response = await factory.CreatePortalClient("en").GetAsync(new Uri("/barriers/99", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page not found", (await Html.ReadAsync(response)).Text("h1"));
    }
}
