using System.Net;
using System.Text.Json;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// A fresh Production installation (no demo data) already holds the schetsboek's own examples: on the lesson,
/// barrier, theme and municipality pages as "Uit het schetsboek", and in the API; every quote a page shows as the
/// schetsboek's is in the project's copy of it word for word.
/// </summary>
public sealed class SchetsboekContentTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string Source = SchetsboekText.Normalised;

    [Fact]
    public async Task A_fresh_production_start_shows_the_schetsboeks_examples_on_lesson_barrier_theme_and_municipality_pages()
    {
        Assert.Equal(0, await factory.WithDbAsync(db => db.Experiments.CountAsync()));
        var visitor = factory.CreatePortalClient("nl");
        var tilburg = await Network.MunicipalityIdAsync(factory, "GM0855");

        var lesson = await visitor.GetAsync("/lessons/2", expectSuccess: true);
        Assert.Equal("Uit het schetsboek", lesson.Text("[data-testid=from-schetsboek] h2"));
        Assert.Equal(["drimmelen-terheijden", "haarlem-meerwijk", "amsterdam-banne-noord", "apeldoorn-erfgoed"], Keys(lesson));

        // Lessons 4 and 7: no barrier refers to them, but the Goeree-Overflakkee examples name them with barrier 1.
        foreach (var number in new[] { 4, 7 })
        {
            var withoutReference = await visitor.GetAsync($"/lessons/{number}", expectSuccess: true);
            Assert.Equal(["Barrière 1"], withoutReference.QuerySelectorAll("[data-testid=with-barriers-in-examples] a").Select(a => a.TextContent.Trim()));
        }

        var barrier = await visitor.GetAsync("/barriers/6", expectSuccess: true);
        Assert.Equal(["apeldoorn-erfgoed", "tilburg-paw-wijk"], Keys(barrier));
        var paw = barrier.QuerySelector("[data-key=tilburg-paw-wijk]")!;
        Assert.Contains("Maar de urgentie voor het saneren van asbest ontbrak bij deze bewoners.", paw.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/municipalities/{tilburg}", paw.QuerySelector(".utrecht-pre-heading a")!.GetAttribute("href"));

        // Point 14: barrier 1 with the schetsboek's directions, barrier 7 with its question of fairness.
        var capacity = await visitor.GetAsync("/barriers/1", expectSuccess: true);
        Assert.Equal(["Werk maken van het tekort aan vakmensen", "Social return in aanbestedingen", "Van diensten naar producten, als uitwijk"], capacity.QuerySelectorAll("[data-testid=directions] h3").Select(h => h.TextContent.Trim()));
        Assert.Equal(["Het schetsboek", "Mariélle Pieterse, gemeente Breda, in het schetsboek", "Mariélle Pieterse, gemeente Breda, in het schetsboek"], capacity.QuerySelectorAll("[data-testid=directions] figcaption").Select(f => f.TextContent.Trim()));
        Assert.Contains("Is het eerlijk dat zij hier niet altijd betaald voor krijgen", (await visitor.GetAsync("/barriers/7", expectSuccess: true)).Text("[data-testid=directions]"), StringComparison.Ordinal);

        var theme = await visitor.GetAsync("/themes/employment", expectSuccess: true);
        Assert.Contains("venlo-civil", Keys(theme));
        Assert.Contains("breda-bijstand", Keys(theme));

        var municipality = await visitor.GetAsync($"/municipalities/{tilburg}", expectSuccess: true);
        Assert.Equal(["tilburg-mozartflat", "tilburg-paw-wijk", "tilburg-klimaatklussers"], Keys(municipality));
        Assert.Empty(municipality.QuerySelectorAll("[data-testid=experiments] li"));

        var together = await visitor.GetAsync($"/municipalities/{await Network.MunicipalityIdAsync(factory, "GM0059")}", expectSuccess: true);
        Assert.Equal(["tytsjerksteradiel-achtkarspelen-energiecoaches"], Keys(together));

        Assert.StartsWith("Het schetsboek sprak met ambtenaren", municipality.Text("[data-testid=schetsboek-standing]"), StringComparison.Ordinal);
        var sittard = await visitor.GetAsync($"/municipalities/{await Network.MunicipalityIdAsync(factory, "GM1883")}", expectSuccess: true);
        Assert.Contains("als voorbeeld uit de literatuur", sittard.Text("[data-testid=schetsboek-standing]"), StringComparison.Ordinal);
        Assert.Contains("Tabel 1 noemt Sittard", sittard.Text("[data-testid=schetsboek-standing]"), StringComparison.Ordinal);
        Assert.Empty(Keys(sittard));

        var english = await factory.CreatePortalClient("en").GetAsync("/barriers/6", expectSuccess: true);
        Assert.Equal("From the schetsboek", english.Text("[data-testid=from-schetsboek] h2"));
        Assert.Contains("Heritage homes and a 70-degree heat network", english.Text("[data-key=apeldoorn-erfgoed] h3"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_quote_a_page_shows_as_the_schetsboeks_is_in_the_schetsboek_word_for_word()
    {
        var visitor = factory.CreatePortalClient("nl");
        var pages = Enumerable.Range(1, 11).Select(n => $"/lessons/{n}")
            .Concat(Enumerable.Range(1, 7).Select(n => $"/barriers/{n}"))
            .Concat(new[] { "underground", "renovation", "climate-adaptation", "employment", "liveability", "energy-poverty", "circular-economy", "future-proof-housing" }.Select(k => $"/themes/{k}"))
            .Concat((await factory.WithDbAsync(db => db.Municipalities.Select(m => m.Id).ToListAsync())).Select(id => $"/municipalities/{id}"));

        var shown = 0;
        foreach (var url in pages)
        {
            var page = await visitor.GetAsync(url, expectSuccess: true);
            foreach (var quote in page.QuerySelectorAll("[data-testid=schetsboek-quote] blockquote"))
            {
                Assert.Contains(Normalise(quote.TextContent.Trim().Trim('“', '”')), Source, StringComparison.Ordinal);
                shown++;
            }
        }

        Assert.True(shown > 20, $"only {shown} quotes shown");
    }

    [Fact]
    public async Task The_api_lists_the_examples_and_filters_them_and_refuses_an_unknown_filter_in_the_callers_language()
    {
        var client = factory.CreatePortalClient("nl");
        using var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/schetsboek/examples", UriKind.Relative)));
        Assert.Equal(21, all.RootElement.GetArrayLength());
        var first = all.RootElement[0];
        Assert.Equal("drimmelen-terheijden", first.GetProperty("key").GetString());
        Assert.Equal("interview", first.GetProperty("source").GetString());
        Assert.Equal("De gemeente dacht, het riool moet vervangen worden, dan doen we alles tegelijk", first.GetProperty("quotes")[0].GetProperty("text").GetString());
        Assert.Equal([1, 2], first.GetProperty("barriers").EnumerateArray().Select(b => b.GetInt32()));
        Assert.Equal("(zie ook barriéres 1, 2 en 5; les 2)", first.GetProperty("reference").GetString());

        using var barrier = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/schetsboek/examples?barrier=5", UriKind.Relative)));
        Assert.Equal(["haarlem-meerwijk"], barrier.RootElement.EnumerateArray().Select(e => e.GetProperty("key").GetString()));

        using var lesson = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/lessons/10", UriKind.Relative)));
        Assert.Equal("den-haag-zuidwest", lesson.RootElement.GetProperty("fromSchetsboek")[0].GetProperty("key").GetString());

        var refusals = new[]
        {
            ("nl", "/api/v1/schetsboek/examples?lesson=12", "lesson", "Kies lessen uit de lijst van elf."),
            ("nl", "/api/v1/schetsboek/examples?barrier=x", "barrier", "Kies barrières uit de lijst van zeven."),
            ("nl", "/api/v1/schetsboek/examples?municipality=987654", "municipality", "Kies een gemeente uit de lijst."),
            ("nl", "/api/v1/schetsboek/examples?theme=kernfusie", "theme", "Kies koppelthema's uit de lijst."),
            ("en", "/api/v1/schetsboek/examples?theme=kernfusie", "theme", "Choose coupling themes from the list."),
        };
        foreach (var (language, url, field, expected) in refusals)
        {
            var refused = await factory.CreatePortalClient(language).GetAsync(new Uri(url, UriKind.Relative));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
            Assert.Equal(expected, problem.RootElement.GetProperty("errors").GetProperty(field)[0].GetString());
        }
    }

    [Fact]
    public async Task A_restart_adds_nothing_twice()
    {
        var folder = PortalFactory.NewDataFolder();
        using (var first = new PortalFactory(folder) { KeepDataFolder = true })
        {
            Assert.Equal(21, await first.WithDbAsync(db => db.SourcedExamples.CountAsync()));
        }

        using var again = new PortalFactory(folder);
        Assert.Equal(21, await again.WithDbAsync(db => db.SourcedExamples.CountAsync()));
        Assert.Equal(21, await again.WithDbAsync(db => db.SourcedExamples.Select(e => e.Key).Distinct().CountAsync()));
        Assert.Equal(10, await again.WithDbAsync(db => db.SourcedQuestions.CountAsync()));
    }

    private static List<string?> Keys(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=sourced-example]").Select(e => e.GetAttribute("data-key"))];

    private static string Normalise(string text) => SchetsboekText.Normalise(text);
}
