extern alias bench;

using System.Net;
using bench::LearningNetwork.Bench;
using System.Text.RegularExpressions;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Visibility = LearningNetwork.Domain.Common.Visibility;

namespace LearningNetwork.IntegrationTests;

/// <summary>The benchmark's raw ADO.NET yardstick: not in the product, and showing the list page's own rows where the benchmark adds it.</summary>
public sealed partial class BenchBaselineTests
{
    [Fact]
    public async Task The_baseline_endpoint_is_not_in_the_product_whatever_its_settings()
    {
        using var factory = new PortalFactory().WithSetting("Bench:Baseline", "true");

        var response = await factory.CreatePortalClient().GetAsync(new Uri($"{BaselineEndpoint.Path}?theme=underground&barrier=6", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(typeof(Web.PortalHost).Assembly.GetTypes(), t => t.Namespace?.Contains("Bench", StringComparison.Ordinal) == true);
    }

    [Fact]
    public async Task Switched_on_it_lists_the_same_projects_in_the_same_order_as_the_list_page_shows_a_visitor()
    {
        using var factory = (ClockedPortalFactory)new ClockedPortalFactory().WithServices(s => s.AddTransient<IStartupFilter, BaselineEndpoint>());
        for (var i = 0; i < 25; i++)
        {
            await Content.ProjectAsync(factory, i % 3 == 0 ? Visibility.Network : Visibility.Public, i % 2 == 0 ? "GM0855" : "GM0758");
            factory.Clock.Advance(TimeSpan.FromMinutes(1));
        }

        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("INSERT INTO ExperimentBarrier (ExperimentId, BarrierNumber, State) SELECT Id, 6, 'Overcome' FROM Experiments WHERE Id % 2 = 0"));
        var visitor = factory.CreatePortalClient();

        var page = Ids(await visitor.GetStringAsync(new Uri("/experiments?theme=underground&barrier=6", UriKind.Relative)));
        var baseline = Ids(await visitor.GetStringAsync(new Uri($"{BaselineEndpoint.Path}?theme=underground&barrier=6", UriKind.Relative)));

        Assert.NotEmpty(baseline);
        Assert.Equal(page, baseline);
    }

    private static List<int> Ids(string html) =>
        ProjectLink().Matches(html).Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).Distinct().ToList();

    [GeneratedRegex("href=\"/experiments/(\\d+)\"")]
    private static partial Regex ProjectLink();
}
