using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 19, part 1: one search over the whole network. Dutch word forms, accents, case and phrases; every kind is
/// found and none is shown to someone who may not read it on its page; filters with counts; the API and the
/// browser's OpenSearch description.
/// </summary>
public sealed class SearchTests : IAsyncLifetime
{
    private readonly ClockedPortalFactory _factory = new();
    private string _tilburgMember = string.Empty;

    public async Task InitializeAsync()
    {
        _tilburgMember = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", "GM0855");
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758", MembershipRole.Member);
    }

    [Fact]
    public async Task A_word_that_occurs_only_in_a_comment_is_found_with_a_marked_snippet_and_a_link_to_the_comment()
    {
        var project = await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Riool en warmte in de Reeshof").By(_tilburgMember).CreateAsync();
        var reflection = await Make.Reflection(_factory.Services, project.Id, _tilburgMember).Titled("Eén keer de straat open").About(1).Body("Het riool en het warmtenet gingen samen.").CreateAsync();
        var comment = await _factory.WithDbAsync(async db =>
        {
            var c = new Comment(reflection, _tilburgMember, "Wij werkten met één bouwteam voor riool en warmte.", "<p>Wij werkten met één bouwteam voor riool en warmte.</p>", DateTime.UtcNow);
            db.Comments.Add(c);
            await db.SaveChangesAsync();
            return c.Id;
        });

        var page = await _factory.CreatePortalClient("nl").GetAsync("/search?q=bouwteams", expectSuccess: true);

        var hit = Assert.Single(page.QuerySelectorAll("[data-testid=search-hit]"));
        Assert.Equal("Comment", hit.GetAttribute("data-kind"));
        Assert.Equal($"/reflections/{reflection}#comment-{comment}", hit.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.Equal("Reactie op: Eén keer de straat open", hit.QuerySelector("h3")!.TextContent.Trim());
        Assert.Equal("bouwteam", hit.QuerySelector("[data-testid=search-snippet] mark")!.TextContent);
        Assert.Contains("1 resultaat voor ‘bouwteams’", page.Text("[data-testid=search-total]"), StringComparison.Ordinal);

        // Deleting the reflection takes its comments with it (the database cascades them): their words leave the index too.
        await _factory.WithDbAsync(async db =>
        {
            db.Reflections.Remove(await db.Reflections.SingleAsync(r => r.Id == reflection));
            return await db.SaveChangesAsync();
        });
        Assert.Equal(0, await _factory.WithDbAsync(db => db.SearchEntries.CountAsync(e => e.Kind == Domain.Search.SearchKind.Comment || e.Kind == Domain.Search.SearchKind.Reflection)));
    }

    [Fact]
    public async Task Dutch_word_forms_accents_and_case_do_not_matter_and_a_phrase_in_quotes_matches_as_a_phrase()
    {
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Warmtenet in de Reeshof").Summary("De Energiecoöperatie Reeshof doet mee.").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Koppelkans met de renovatie").Summary("We gaan het riool vervangen; de woningen krijgen isolatie.").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Later pas").Summary("Het riool wordt pas over tien jaar vervangen.").By(_tilburgMember).CreateAsync();
        var visitor = _factory.CreatePortalClient("nl");

        async Task<List<string>> TitlesAsync(string q) =>
            (await visitor.GetAsync("/search?kind=Project&q=" + Uri.EscapeDataString(q), expectSuccess: true))
                .QuerySelectorAll("[data-testid=search-hit] h3").Select(h => h.TextContent.Trim()).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["Warmtenet in de Reeshof"], await TitlesAsync("warmtenetten"));
        Assert.Equal(["Koppelkans met de renovatie"], await TitlesAsync("koppelkansen"));
        Assert.Equal(["Koppelkans met de renovatie"], await TitlesAsync("KOPPELKANS"));
        Assert.Equal(["Warmtenet in de Reeshof"], await TitlesAsync("energiecooperaties"));
        Assert.Equal(["Koppelkans met de renovatie"], await TitlesAsync("geïsoleerd"));
        Assert.Equal(["Koppelkans met de renovatie", "Later pas"], await TitlesAsync("riool vervangen"));
        Assert.Equal(["Koppelkans met de renovatie"], await TitlesAsync("\"riool vervangen\""));
        Assert.Empty(await TitlesAsync("\"vervangen riool\""));
    }

    [Fact]
    public async Task Every_kind_is_found_and_no_one_sees_a_hit_they_may_not_read_on_its_page()
    {
        var open = await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Openbaar zeldzaamproject").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Network).Titled("Netwerk zeldzaamproject").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Draft).Titled("Concept zeldzaamproject").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Verwijderd zeldzaamproject").By(_tilburgMember).Deleted().CreateAsync();
        var network = await Make.Project(_factory.Services).Visible(Visibility.Network).Titled("Drager").By(_tilburgMember).CreateAsync();
        var shown = await Make.Reflection(_factory.Services, open.Id, _tilburgMember).Titled("Zichtbaar zeldzaamreflectie").About(1).CreateAsync();
        await Make.Reflection(_factory.Services, open.Id, _tilburgMember).Titled("Verborgen zeldzaamreflectie").About(1).Hidden("Klopt niet.").CreateAsync();
        var inside = await Make.Reflection(_factory.Services, network.Id, _tilburgMember).Titled("Netwerk zeldzaamreflectie").About(1).CreateAsync();
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        await _factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.Comments.Add(new Comment(shown, _tilburgMember, "Openbare zeldzaamreactie.", "<p>Openbare zeldzaamreactie.</p>", now));
            db.Comments.Add(new Comment(inside, _tilburgMember, "Netwerk zeldzaamreactie.", "<p>Netwerk zeldzaamreactie.</p>", now));
            var hidden = new Comment(shown, _tilburgMember, "Verborgen zeldzaamreactie.", "<p>Verborgen zeldzaamreactie.</p>", now);
            hidden.Hide(_tilburgMember, "Spam.", now);
            db.Comments.Add(hidden);
            db.LearningQuestions.Add(new LearningQuestion(tilburg, null, "Openbare zeldzaamvraag?", Visibility.Public, [1], [], _tilburgMember, now));
            db.LearningQuestions.Add(new LearningQuestion(tilburg, null, "Concept zeldzaamvraag?", Visibility.Draft, [1], [], _tilburgMember, now));
            db.LearningQuestions.Add(new LearningQuestion(tilburg, network.Id, "Netwerk zeldzaamvraag?", Visibility.Public, [1], [], _tilburgMember, now));
            return await db.SaveChangesAsync();
        });

        var visitor = _factory.CreatePortalClient("nl");
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal(["Openbaar:Project"], await SeenAsync(visitor, "zeldzaamproject"));
        Assert.Equal(["Netwerk:Project", "Openbaar:Project"], await SeenAsync(breda, "zeldzaamproject"));
        Assert.Equal(["Concept:Project", "Netwerk:Project", "Openbaar:Project"], await SeenAsync(member, "zeldzaamproject"));
        Assert.Equal(["Zichtbaar:Reflection"], await SeenAsync(visitor, "zeldzaamreflectie"));
        Assert.Equal(["Netwerk:Reflection", "Zichtbaar:Reflection"], await SeenAsync(breda, "zeldzaamreflectie"));
        Assert.Single(await SeenAsync(visitor, "zeldzaamreactie"));
        Assert.Equal(2, (await SeenAsync(breda, "zeldzaamreactie")).Count);
        Assert.Equal(["Openbare:Question"], await SeenAsync(visitor, "zeldzaamvraag"));
        Assert.Equal(["Netwerk:Question", "Openbare:Question"], await SeenAsync(breda, "zeldzaamvraag"));
        Assert.Equal(["Concept:Question", "Netwerk:Question", "Openbare:Question"], await SeenAsync(member, "zeldzaamvraag"));

        // Hiding a reflection later takes it out of the results at once, for everyone but through moderation.
        await _factory.WithDbAsync(async db =>
        {
            (await db.Reflections.SingleAsync(r => r.Id == shown)).Hide(_tilburgMember, "Alsnog verborgen.", DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });
        Assert.Equal(["Netwerk:Reflection"], await SeenAsync(breda, "zeldzaamreflectie"));
        Assert.Empty(await SeenAsync(visitor, "zeldzaamreactie"));
    }

    [Fact]
    public async Task Each_kind_of_reader_is_served_their_own_kept_hits_and_another_nodes_change_shows_once_the_lifetime_has_passed()
    {
        var shared = await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Gedeeld zeldzaamplein").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Draft).Titled("Concept zeldzaamplein").By(_tilburgMember).CreateAsync();
        var visitor = _factory.CreatePortalClient("nl");
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");

        // Tilburg's member searches first; what is kept for them is not handed to Breda's member or to a visitor.
        Assert.Equal(["Concept:Project", "Gedeeld:Project"], await SeenAsync(member, "zeldzaamplein"));
        Assert.Equal(["Gedeeld:Project"], await SeenAsync(breda, "zeldzaamplein"));
        Assert.Equal(["Gedeeld:Project"], await SeenAsync(visitor, "zeldzaamplein"));

        // Another node makes the shared project a draft, past this node: within the lifetime the kept hits stay.
        await Network.WriteElsewhereAsync(_factory, $"UPDATE Experiments SET Visibility = 'Draft' WHERE Id = {shared.Id}");
        Assert.Equal(["Gedeeld:Project"], await SeenAsync(visitor, "zeldzaamplein"));
        Assert.Equal(["Gedeeld:Project"], await SeenAsync(breda, "zeldzaamplein"));

        _factory.Clock.Advance(ReadCache.Lifetime + TimeSpan.FromSeconds(1));
        breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Empty(await SeenAsync(visitor, "zeldzaamplein"));
        Assert.Empty(await SeenAsync(breda, "zeldzaamplein"));
        Assert.Equal(["Concept:Project", "Gedeeld:Project"], await SeenAsync(member, "zeldzaamplein"));

        // A save on this node shows at once.
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Nieuw zeldzaamplein").By(_tilburgMember).CreateAsync();
        Assert.Equal(["Nieuw:Project"], await SeenAsync(visitor, "zeldzaamplein"));
        Assert.Equal("1 resultaat voor ‘zeldzaamplein’", (await visitor.GetAsync("/search?q=zeldzaamplein", expectSuccess: true)).Text("[data-testid=search-total]"));
    }

    [Fact]
    public async Task A_common_word_narrows_a_rare_ones_hits_to_exactly_those_it_matches_without_ranking_them()
    {
        // "subsidie" starts a word in 21 projects, "kastanjelaan" in 4: with Search:RankedTermShare at 0.2 of the 60-odd
        // entries (the schetsboek's and the municipalities' among them), the street ranks and the common word only
        // narrows (ADR 0025); at 0 every word is matched through FTS5 as before.
        for (var i = 0; i < 18; i++)
        {
            await Make.Project(_factory.Services).Visible(Visibility.Public).Titled($"Aanvraag {i}").Summary("Wij gingen subsidie aanvragen voor de wijk.").By(_tilburgMember).CreateAsync();
        }

        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Regeling aan de Kastanjelaan").Summary("In de Kastanjelaan kon men subsidie aanvragen.").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Bewoners aan de Kastanjelaan").Summary("Zij vroegen subsidies voor hun woningen.").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Rijk aan de Kastanjelaan").Summary("Een rijkssubsidie kwam er niet; geld voor de straat ook niet.").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Draft).Titled("Concept aan de Kastanjelaan").Summary("Nog geen subsidie.").By(_tilburgMember).CreateAsync();

        using var narrowing = new ClockedPortalFactory(_factory.DataFolder, _factory.Clock) { KeepDataFolder = true };
        using var matching = new ClockedPortalFactory(_factory.DataFolder, _factory.Clock) { KeepDataFolder = true };
        narrowing.WithSetting("Search:RankedTermShare", "0.2").WithSetting("Delivery:RunInBackground", "false");
        matching.WithSetting("Search:RankedTermShare", "0").WithSetting("Delivery:RunInBackground", "false");
        foreach (var node in new[] { narrowing, matching })
        {
            var visitor = node.CreatePortalClient("nl");
            var member = await Network.SignedInAsync(node, "lid@tilburg.nl");
            Assert.Equal(["Bewoners:Project", "Regeling:Project"], await FoundAsync(visitor, "kastanjelaan subsidie"));
            Assert.Equal(["Bewoners:Project", "Concept:Project", "Regeling:Project"], await FoundAsync(member, "subsidie Kastanjelaan"));
            Assert.Equal(["Regeling:Project"], await FoundAsync(visitor, "\"subsidie aanvragen\" kastanjelaan"));
            Assert.Equal(["Rijk:Project"], await FoundAsync(visitor, "kastanjelaan straat"));
            Assert.Equal(["Rijk:Project"], await FoundAsync(visitor, "rijkssubsidies kastanjelaan"));
            Assert.Equal(19, (await FoundAsync(visitor, "subsidie aanvragen")).Count);
        }

        static async Task<List<string>> FoundAsync(HttpClient client, string q) =>
            (await client.GetAsync("/search?kind=Project&q=" + Uri.EscapeDataString(q), expectSuccess: true)).QuerySelectorAll("[data-testid=search-hit]")
                .Select(h => h.QuerySelector("h3")!.TextContent.Trim().Split(' ')[0] + ":" + h.GetAttribute("data-kind")).Order(StringComparer.Ordinal).ToList();
    }

    [Fact]
    public async Task The_schetsboeks_lessons_barriers_themes_and_the_municipalities_are_found_in_the_pages_language()
    {
        var dutch = await _factory.CreatePortalClient("nl").GetAsync("/search?q=raamcontracten", expectSuccess: true);
        var barrier = dutch.QuerySelectorAll("[data-testid=search-hit]").Single(h => h.GetAttribute("data-kind") == "Barrier");
        Assert.Equal("/barriers/5", barrier.QuerySelector("h3 a")!.GetAttribute("href"));
        Assert.StartsWith("Bestaande raamcontracten", barrier.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);

        var english = await _factory.CreatePortalClient("en").GetAsync("/search?q=raamcontracten", expectSuccess: true);
        var englishBarrier = english.QuerySelectorAll("[data-testid=search-hit]").Single(h => h.GetAttribute("data-kind") == "Barrier");
        Assert.StartsWith("Existing framework contracts", englishBarrier.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        Assert.Contains("framework contracts", englishBarrier.QuerySelector("[data-testid=search-snippet]")!.TextContent, StringComparison.Ordinal);

        var tilburg = await _factory.CreatePortalClient("nl").GetAsync("/search?q=tilburg&kind=Municipality", expectSuccess: true);
        Assert.Equal($"/municipalities/{await Network.MunicipalityIdAsync(_factory, "GM0855")}", tilburg.QuerySelector("[data-testid=search-hit] h3 a")!.GetAttribute("href"));
        var theme = await _factory.CreatePortalClient("nl").GetAsync("/search?q=armoede&kind=Theme", expectSuccess: true);
        Assert.Contains("/themes/energy-poverty", theme.QuerySelectorAll("[data-testid=search-hit] h3 a").Select(a => a.GetAttribute("href")));
        var lesson = await _factory.CreatePortalClient("nl").GetAsync("/search?q=bewonersperspectief&kind=Lesson", expectSuccess: true);
        Assert.Contains("/lessons/11", lesson.QuerySelectorAll("[data-testid=search-hit] h3 a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task Filters_narrow_the_hits_and_each_comes_with_a_count()
    {
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Blokkade één").Barrier(6).Themes("renovation").By(_tilburgMember).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Blokkade twee").Barrier(5).Themes("underground").By(_tilburgMember).CreateAsync();
        var breda = await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Blokkade drie").Barrier(6).In("GM0758").CreateAsync();
        await Make.Reflection(_factory.Services, breda.Id, breda.AuthorId).Titled("Over de blokkade").About(6).CreateAsync();
        var bredaId = await Network.MunicipalityIdAsync(_factory, "GM0758");
        var client = _factory.CreatePortalClient("nl");
        var ranked = await ExpectAsync(client);

        // Beyond Search:InMemoryLimit matches the counts come from the database: the same figures, the same order.
        using (var counting = new ClockedPortalFactory(_factory.DataFolder, _factory.Clock) { KeepDataFolder = true })
        {
            counting.WithSetting("Search:InMemoryLimit", "2").WithSetting("Delivery:RunInBackground", "false");
            Assert.Equal(ranked, await ExpectAsync(counting.CreatePortalClient("nl")));
        }

        async Task<IReadOnlyList<string>> ExpectAsync(HttpClient client)
        {
            var all = await client.GetAsync("/search?q=blokkade", expectSuccess: true);
            Assert.Equal(4, all.QuerySelectorAll("[data-testid=search-hit]").Length);
            Assert.Equal(["Alles (4)", "Project (3)", "Reflectie (1)"], all.QuerySelectorAll("[data-testid=search-kinds] li").Select(l => l.TextContent.Trim()));
            Assert.Contains("Barrière 6 (3)", all.Text("[data-testid=search-tags]"), StringComparison.Ordinal);
            Assert.Contains("Tilburg (2)", all.Text("[data-testid=search-municipalities]"), StringComparison.Ordinal);

            var blocked = await client.GetAsync("/search?q=blokkade&barrier=6&kind=Project", expectSuccess: true);
            Assert.Equal(["Blokkade drie", "Blokkade één"], blocked.QuerySelectorAll("[data-testid=search-hit] h3").Select(h => h.TextContent.Trim()).Order(StringComparer.Ordinal));
            var inBreda = await client.GetAsync($"/search?q=blokkade&municipality={bredaId}", expectSuccess: true);
            Assert.Equal(2, inBreda.QuerySelectorAll("[data-testid=search-hit]").Length);
            var today = _factory.Clock.GetUtcNow().UtcDateTime;
            Assert.Equal(4, (await client.GetAsync($"/search?q=blokkade&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}", expectSuccess: true)).QuerySelectorAll("[data-testid=search-hit]").Length);
            Assert.Empty((await client.GetAsync($"/search?q=blokkade&to={today.AddDays(-1):yyyy-MM-dd}", expectSuccess: true)).QuerySelectorAll("[data-testid=search-hit]"));
            var later = await client.GetAsync($"/search?q=blokkade&from={DateTime.UtcNow.AddDays(1):yyyy-MM-dd}", expectSuccess: true);
            Assert.Empty(later.QuerySelectorAll("[data-testid=search-hit]"));
            Assert.NotNull(later.QuerySelector("[data-testid=search-nothing]"));
            return [.. all.QuerySelectorAll("[data-testid=search-hit] h3").Select(h => h.TextContent.Trim())];
        }

        var bad = await client.GetAsync("/search?q=blokkade&from=2026-02-30&kind=Kernfusie", expectSuccess: true);
        Assert.Contains("Vul een jaar, een maand of een datum in", string.Join(" ", bad.SummaryErrors()), StringComparison.Ordinal);
        Assert.Contains("Kies een soort uit de lijst", string.Join(" ", bad.SummaryErrors()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_answers_with_hits_counts_and_links_and_refuses_bad_filters_in_the_callers_language()
    {
        var project = await Make.Project(_factory.Services).Visible(Visibility.Public).Titled("Warmtenetten in Tilburg-Noord").By(_tilburgMember).CreateAsync();
        var client = _factory.CreatePortalClient("nl");

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/search?q=warmtenet&kind=Project", UriKind.Relative)));
        var results = json.RootElement.GetProperty("results");
        Assert.Equal(1, results.GetProperty("total").GetInt32());
        Assert.Equal("Warmtenetten in Tilburg-Noord", results.GetProperty("hits")[0].GetProperty("title").GetProperty("nl").GetString());
        Assert.Equal($"/experiments/{project.Id}", json.RootElement.GetProperty("links")[0].GetString());

        var refused = await _factory.CreatePortalClient("en").GetAsync(new Uri("/api/v1/search?q=warmte&barrier=9", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType!.MediaType);
        Assert.Contains("seven", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/v1/search?q=" + new string('w', 201), UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Every_page_has_the_search_box_and_browsers_are_offered_the_search()
    {
        var home = await _factory.CreatePortalClient("nl").GetAsync("/", expectSuccess: true);
        Assert.Equal("/search", home.QuerySelector("form[data-testid=header-search]")!.GetAttribute("action"));
        Assert.Equal("/opensearch.xml", home.QuerySelector("link[rel=search][type='application/opensearchdescription+xml']")!.GetAttribute("href"));

        var response = await _factory.CreatePortalClient("nl").GetAsync(new Uri("/opensearch.xml", UriKind.Relative));
        Assert.Equal("application/opensearchdescription+xml", response.Content.Headers.ContentType!.MediaType);
        XNamespace os = "http://a9.com/-/spec/opensearch/1.1/";
        var description = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal("Leernetwerk Koppelkansen", description.Element(os + "ShortName")!.Value);
        Assert.EndsWith("/search?q={searchTerms}", description.Elements(os + "Url").Single(u => (string?)u.Attribute("type") == "text/html").Attribute("template")!.Value, StringComparison.Ordinal);
    }

    private static async Task<List<string>> SeenAsync(HttpClient client, string word) =>
        (await client.GetAsync("/search?q=" + word, expectSuccess: true)).QuerySelectorAll("[data-testid=search-hit]")
            .Select(h => h.QuerySelector("h3")!.TextContent.Trim().Split(' ')[0] + ":" + h.GetAttribute("data-kind")).Order(StringComparer.Ordinal).ToList();

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
