using LearningNetwork.Application.Common.Caching;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.Extensions.DependencyInjection;
using Visibility = LearningNetwork.Domain.Common.Visibility;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 20, ADR 0022: the list filters, counts and sorts in memory. A save of a project on this node shows at the next
/// view, a comment or a reflection leaves the index as it is, and another node's change (here: a write straight into
/// the file, past this node) shows once the read cache's lifetime has passed: until then the page's rows are kept, for
/// the signed in too (ADR 0023).
/// </summary>
public sealed class ListIndexTests : IDisposable
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";
    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task A_project_saved_here_shows_at_once_and_a_comment_or_reflection_leaves_the_index_as_it_is()
    {
        var author = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", Breda);
        var first = await Make.Project(_factory.Services).In(Tilburg).Titled("Warmtenet Reeshof").Themes("underground").Barrier(6).Visible(Visibility.Public).CreateAsync();
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var visitor = _factory.CreatePortalClient("nl");
        Assert.Equal(["Warmtenet Reeshof"], await TitlesAsync(visitor, "/experiments?theme=underground&barrier=6"));
        Assert.Equal("1 project", (await breda.GetAsync("/experiments?theme=underground&barrier=6", expectSuccess: true)).Text("[data-testid=total]"));

        var cache = _factory.Services.GetRequiredService<ReadCache>();
        var list = cache.ListVersion;
        var reflection = await Make.Reflection(_factory.Services, first.Id, author).Titled("Wat we leerden").About(6).CreateAsync();
        var comment = await breda.PostWithTokenAsync($"/reflections/{reflection}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Herkenbaar, bij ons ook." });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, comment.StatusCode);
        Assert.StartsWith($"/reflections/{reflection}", comment.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal(list, cache.ListVersion);

        await Make.Project(_factory.Services).In(Tilburg).Titled("Riool en warmte Hasselt").Themes("underground").Barrier(6).Visible(Visibility.Network).CreateAsync();
        Assert.NotEqual(list, cache.ListVersion);
        Assert.Equal(["Riool en warmte Hasselt", "Warmtenet Reeshof"], await TitlesAsync(breda, "/experiments?theme=underground&barrier=6"));
        Assert.Equal(["Warmtenet Reeshof"], await TitlesAsync(visitor, "/experiments?theme=underground&barrier=6"));
        Assert.Equal("2 projecten", (await breda.GetAsync("/experiments?theme=underground&barrier=6", expectSuccess: true)).Text("[data-testid=total]"));
    }

    [Fact]
    public async Task Another_nodes_change_shows_once_the_lifetime_has_passed()
    {
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", Breda);
        var open = await Make.Project(_factory.Services).In(Tilburg).Titled("Open warmtenet").Themes("underground").Visible(Visibility.Public).CreateAsync();
        await Make.Project(_factory.Services).In(Tilburg).Titled("Ander warmtenet").Themes("underground").CreateAsync();
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(["Ander warmtenet", "Open warmtenet"], await TitlesAsync(breda, "/experiments?theme=underground"));

        // Another node makes one project a draft of Tilburg's and moves the other to another theme, past this node.
        await Network.WriteElsewhereAsync(_factory, $"UPDATE Experiments SET Visibility = 'Draft' WHERE Id = {open.Id}");
        await Network.WriteElsewhereAsync(_factory, "UPDATE ExperimentTheme SET ThemeKey = 'renovation' WHERE ExperimentId IN (SELECT Id FROM Experiments WHERE Title = 'Ander warmtenet')");
        // Within the lifetime, this node still serves what it keeps for Breda's members: the index, the rows and the total.
        Assert.Equal(["Ander warmtenet", "Open warmtenet"], await TitlesAsync(breda, "/experiments?theme=underground"));
        Assert.Equal("2 projecten", (await breda.GetAsync("/experiments?theme=underground", expectSuccess: true)).Text("[data-testid=total]"));

        _factory.Clock.Advance(ReadCache.Lifetime + TimeSpan.FromSeconds(1));
        breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Empty(await TitlesAsync(breda, "/experiments?theme=underground"));
        Assert.Equal("0 projecten", (await breda.GetAsync("/experiments?theme=underground", expectSuccess: true)).Text("[data-testid=total]"));
        Assert.Equal(["Ander warmtenet"], await TitlesAsync(breda, "/experiments?theme=renovation"));
        Assert.Equal("1 project", (await breda.GetAsync("/experiments?theme=renovation", expectSuccess: true)).Text("[data-testid=total]"));
    }

    public void Dispose() => _factory.Dispose();

    private static async Task<List<string>> TitlesAsync(HttpClient client, string url) =>
        (await client.GetAsync(url, expectSuccess: true)).QuerySelectorAll("[data-testid=results] h3").Select(h => h.TextContent.Trim()).ToList();
}
