using System.Text.RegularExpressions;
using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Markup that assistive technology and machines can read, on the pages with the demo content (Development).</summary>
public sealed partial class PageMarkupTests : IDisposable
{
    private readonly PortalFactory _factory = new() { Environment = "Development" };

    [Fact]
    public async Task Matrix_cells_name_what_they_hold_in_text_and_every_time_has_a_valid_UTC_datetime()
    {
        var experiment = await _factory.WithDbAsync(db => db.Reflections.Select(r => r.ExperimentId).FirstAsync());
        var reflection = await _factory.WithDbAsync(db => db.Comments.Select(c => c.ReflectionId).FirstAsync());
        var question = await _factory.WithDbAsync(db => db.LearningQuestions.OrderBy(q => q.Id).Select(q => q.Id).FirstAsync());
        var client = _factory.CreatePortalClient();
        var admin = _factory.CreatePortalClient();
        await admin.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "gert.mulder@netwerk.demo.test", ["Input.Password"] = DemoDataSeeder.Password });
        var pages = new (HttpClient Client, string Url, bool HasTimes)[]
        {
            (client, "/", true),
            (client, "/insights", false),
            (admin, "/", true),
            (admin, "/insights", false),
            (client, $"/experiments/{experiment}", true),
            (admin, $"/reflections/{reflection}", true),
            (admin, $"/learning-agenda/{question}", true),
            (admin, "/admin/audit", false),
        };

        var emptyCells = 0;
        foreach (var (reader, url, hasTimes) in pages)
        {
            var page = await reader.GetAsync(url, expectSuccess: true);
            Assert.Empty(page.QuerySelectorAll("span[aria-label]"));
            foreach (var cell in page.QuerySelectorAll("td[data-count='0']"))
            {
                Assert.Equal("geen projecten", cell.QuerySelector(".ln-visually-hidden")?.TextContent.Trim());
                emptyCells++;
            }

            var times = page.QuerySelectorAll("time").ToList();
            Assert.True(!hasTimes || times.Count > 0, $"{url} shows no time");
            Assert.All(times, time => Assert.Matches(UtcDateTime(), time.GetAttribute("datetime") ?? string.Empty));
        }

        Assert.True(emptyCells > 0);
    }

    public void Dispose() => _factory.Dispose();

    [GeneratedRegex(@"^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\dZ$")]
    private static partial Regex UtcDateTime();
}
