using LearningNetwork.Domain.Municipalities;
using LearningNetwork.IntegrationTests.Support;
using Visibility = LearningNetwork.Domain.Common.Visibility;

namespace LearningNetwork.IntegrationTests;

/// <summary>The municipality filter offers the 25 with the most projects, unless a province narrows it down; cached counts follow every change.</summary>
public sealed class MunicipalityFacetTests : IDisposable
{
    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task Thirty_municipalities_with_projects_show_25_and_a_hint_and_all_of_them_within_their_province()
    {
        await _factory.WithDbAsync(db =>
        {
            for (var i = 0; i < 30; i++)
            {
                db.Municipalities.Add(new Municipality($"Testgemeente {i:00}", $"GM{8000 + i}", Province.Gelderland));
            }

            return db.SaveChangesAsync();
        });
        for (var i = 0; i < 30; i++)
        {
            // The first ones get more projects, so they are the ones offered.
            for (var n = 0; n < (i < 5 ? 2 : 1); n++)
            {
                await Content.ProjectAsync(_factory, Visibility.Public, $"GM{8000 + i}");
            }
        }

        var visitor = _factory.CreatePortalClient("nl");
        var all = await visitor.GetAsync("/experiments", expectSuccess: true);
        var offered = all.QuerySelectorAll("fieldset[data-facet=municipality] input").Select(i => i.GetAttribute("value")).ToList();
        Assert.Equal(25, offered.Count);
        Assert.All(Enumerable.Range(0, 5), i => Assert.Contains($"GM{8000 + i}", offered));
        Assert.Equal("De 25 gemeenten met de meeste projecten; kies een provincie om de 5 andere te zien.", all.Text("[data-testid=more-municipalities]"));

        var chosen = await visitor.GetAsync("/experiments?municipality=GM8029", expectSuccess: true);
        Assert.Contains("GM8029", chosen.QuerySelectorAll("fieldset[data-facet=municipality] input[checked]").Select(i => i.GetAttribute("value")));

        var gelderland = await visitor.GetAsync("/experiments?province=Gelderland", expectSuccess: true);
        Assert.Equal(30, gelderland.QuerySelectorAll("fieldset[data-facet=municipality] input").Length);
        Assert.Null(gelderland.QuerySelector("[data-testid=more-municipalities]"));
    }

    [Fact]
    public async Task Cached_counts_and_total_follow_a_new_project_and_a_deletion_at_once()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid", "GM0855");
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var visitor = _factory.CreatePortalClient("nl");
        await Content.ProjectAsync(_factory, Visibility.Public, "GM0855");
        var before = await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.Equal("1", before.QuerySelector("label[for=theme-underground] .ln-count")!.GetAttribute("data-count"));

        var created = await member.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Tweede warmtenet",
            ["Input.Summary"] = "Nog een koppeling met het riool.",
            ["Input.Themes"] = "underground",
            ["Input.Visibility"] = "Public",
        });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, created.StatusCode);

        var after = await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.Equal("2 projecten", after.Text("[data-testid=total]"));
        Assert.Equal("2", after.QuerySelector("label[for=theme-underground] .ln-count")!.GetAttribute("data-count"));

        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var deleted = await member.PostFormAsync($"/experiments/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal("1 projecten", (await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true)).Text("[data-testid=total]"));
    }

    public void Dispose() => _factory.Dispose();
}
