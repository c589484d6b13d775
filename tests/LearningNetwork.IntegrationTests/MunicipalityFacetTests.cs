using LearningNetwork.Domain.Municipalities;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Visibility = LearningNetwork.Domain.Common.Visibility;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// The municipality filter offers the 25 with the most projects, unless a province narrows it down; cached counts and
/// the kept, rendered fieldsets follow every change, every kind of reader, the language and the chosen filters.
/// </summary>
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
    public async Task Cached_rows_counts_and_total_follow_a_new_project_and_a_deletion_at_once()
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
        Assert.Equal("Tweede warmtenet", after.Text("[data-testid=results] li h3"));

        var id = created.Headers.Location!.OriginalString.Split('/').Last();
        var deleted = await member.PostFormAsync($"/experiments/{id}/delete", new Dictionary<string, string>());
        Assert.Equal(System.Net.HttpStatusCode.Redirect, deleted.StatusCode);
        var gone = await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.Equal("1 project", gone.Text("[data-testid=total]"));
        Assert.Single(gone.QuerySelectorAll("[data-testid=results] li"));
        Assert.DoesNotContain("Tweede warmtenet", gone.Text("[data-testid=results]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_kept_municipality_list_shows_a_new_member_at_once()
    {
        var visitor = _factory.CreatePortalClient("nl");
        static string Members(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains("GM0855", StringComparison.Ordinal)).QuerySelectorAll("td").Last().TextContent.Trim();
        var before = Members(await visitor.GetAsync("/municipalities", expectSuccess: true));

        await Network.PersonAsync(_factory, "nieuw@tilburg.nl", "Nieuw lid", "GM0855");

        var after = Members(await visitor.GetAsync("/municipalities", expectSuccess: true));
        Assert.Equal(int.Parse(before, System.Globalization.CultureInfo.InvariantCulture) + 1, int.Parse(after, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_list_read_while_a_deletion_is_not_yet_committed_is_not_kept_after_the_commit()
    {
        var (id, author) = await Content.ProjectAsync(_factory, Visibility.Public, "GM0855");
        var visitor = _factory.CreatePortalClient("nl");
        Assert.Single((await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true)).QuerySelectorAll("[data-testid=results] li"));
        await _factory.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            var project = await db.Experiments.SingleAsync(e => e.Id == id);
            project.Delete(author, _factory.Clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync();

            // Saved, not committed: a visitor still reads the project, and the cache keeps what they read.
            var during = await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true);
            Assert.Single(during.QuerySelectorAll("[data-testid=results] li"));
            await transaction.CommitAsync();
            return 0;
        }));

        var after = await visitor.GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.Empty(after.QuerySelectorAll("[data-testid=results] li"));
        Assert.Equal("0", after.QuerySelector("label[for=theme-underground] .ln-count")?.GetAttribute("data-count") ?? "0");
    }

    [Fact]
    public async Task Kept_filter_fieldsets_follow_who_reads_the_language_and_the_chosen_filters()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid", "GM0855");
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        await Content.ProjectAsync(_factory, Visibility.Public, "GM0855");
        await Content.ProjectAsync(_factory, Visibility.Draft, "GM0855");
        static string? Count(AngleSharp.Dom.IDocument page, string value) =>
            page.QuerySelector($"label[for={value}] .ln-count")?.GetAttribute("data-count");

        // The same filter, read by a visitor, then by a member who also reads the draft of their own municipality.
        var visitor = await _factory.CreatePortalClient("nl").GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.Equal("1", Count(visitor, "theme-underground"));
        var own = await member.GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.Equal("2", Count(own, "theme-underground"));

        // In English, the labels are English; on another page or in another order, the counts are the same.
        var english = await _factory.CreatePortalClient("en").GetAsync("/experiments?theme=underground", expectSuccess: true);
        Assert.StartsWith("Underground", english.Text("label[for=theme-underground]"), StringComparison.Ordinal);
        var sorted = await _factory.CreatePortalClient("nl").GetAsync("/experiments?theme=underground&sort=Title", expectSuccess: true);
        Assert.StartsWith("Ondergrond", sorted.Text("label[for=theme-underground]"), StringComparison.Ordinal);
        Assert.Equal("1", Count(sorted, "theme-underground"));

        // Another choice checks other boxes.
        var both = await _factory.CreatePortalClient("nl").GetAsync("/experiments?theme=underground&status=Running", expectSuccess: true);
        Assert.Equal(["underground", "Running"], both.QuerySelectorAll("fieldset input[checked]").Select(i => i.GetAttribute("value")));

        // A refused request keeps no fieldsets: the next refused one, with other filters, shows its own choices.
        var refused = await _factory.CreatePortalClient("nl").GetAsync("/experiments?theme=underground&p=-1", expectSuccess: true);
        Assert.Contains("Deze pagina bestaat niet.", refused.SummaryErrors());
        var another = await _factory.CreatePortalClient("nl").GetAsync("/experiments?status=Running&p=-1", expectSuccess: true);
        Assert.Equal(["Running"], another.QuerySelectorAll("fieldset input[checked]").Select(i => i.GetAttribute("value")));
    }

    public void Dispose() => _factory.Dispose();
}
