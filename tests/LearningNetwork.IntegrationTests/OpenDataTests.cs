using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Visibility = LearningNetwork.Domain.Common.Visibility;

namespace LearningNetwork.IntegrationTests;

/// <summary>The Atom feeds and the CSV and JSON export: valid, Public only, one row per experiment.</summary>
public sealed class OpenDataTests : IAsyncLifetime
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private readonly PortalFactory _factory = new();
    private string _author = null!;

    public async Task InitializeAsync()
    {
        _author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur", "GM0855");
        await ExperimentAsync("Openbaar met barrière 6", Visibility.Public, [6], ["renovation"]);
        await ExperimentAsync("=HYPERLINK(\"http://evil.example\",\"klik\")", Visibility.Public, [2], ["underground"]);
        await ExperimentAsync("Alleen voor het netwerk", Visibility.Network, [6], ["renovation"]);
        await ExperimentAsync("Concept", Visibility.Draft, [6], ["renovation"]);
    }

    [Fact]
    public async Task The_atom_feed_is_atom_1_0_with_public_items_only_and_filters_by_lesson_barrier_and_theme()
    {
        var open = await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Title == "Openbaar met barrière 6").Select(e => e.Id).SingleAsync());
        var network = await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Title == "Alleen voor het netwerk").Select(e => e.Id).SingleAsync());
        await ReflectAsync(open, "Openbare reflectie", [6], hidden: false);
        await ReflectAsync(open, "Verborgen reflectie", [6], hidden: true);
        await ReflectAsync(network, "Reflectie voor het netwerk", [6], hidden: false);
        var client = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");

        var response = await client.GetAsync(new Uri("/api/v1/feeds/atom", UriKind.Relative));
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType!.MediaType);
        var body = await response.Content.ReadAsStringAsync();
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body, StringComparison.Ordinal);
        var feed = XDocument.Parse(body).Root!;
        AssertAtom(feed);
        var titles = feed.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Contains("Openbaar met barrière 6", titles);
        Assert.Contains("Openbare reflectie", titles);
        Assert.DoesNotContain(titles, t => t.Contains("netwerk", StringComparison.Ordinal) || t.Contains("Concept", StringComparison.Ordinal) || t.Contains("Verborgen", StringComparison.Ordinal));

        var barrier2 = XDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/feeds/atom?barrier=2", UriKind.Relative))).Root!;
        AssertAtom(barrier2);
        Assert.Equal(["=HYPERLINK(\"http://evil.example\",\"klik\")"], barrier2.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
        var renovation = XDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/feeds/atom?theme=renovation", UriKind.Relative))).Root!;
        Assert.Equal(["Openbare reflectie", "Openbaar met barrière 6"], renovation.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).Order(StringComparer.Ordinal).Reverse());
        Assert.Empty(XDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/feeds/atom?lesson=4", UriKind.Relative))).Root!.Elements(Atom + "entry"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/v1/feeds/atom?lesson=12", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/feeds/atom?theme=bestaat-niet", UriKind.Relative))).StatusCode);
        Assert.NotNull((await client.GetAsync("/barriers/6", expectSuccess: true)).QuerySelector("link[rel=alternate][type='application/atom+xml'][href='/api/v1/feeds/atom?barrier=6']"));
    }

    [Fact]
    public async Task The_csv_has_one_row_per_public_experiment_with_its_tags_and_defuses_formulas_and_the_json_matches()
    {
        var client = _factory.CreatePortalClient();
        var csv = await client.GetAsync(new Uri("/api/v1/export/experiments.csv", UriKind.Relative));
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = ParseCsv(System.Text.Encoding.UTF8.GetString(bytes[3..]));
        var header = rows[0];
        Assert.Equal(2, rows.Count - 1);
        var open = rows.Skip(1).Single(r => r[header.IndexOf("title")] == "Openbaar met barrière 6");
        Assert.Equal("6:StillBlocking", open[header.IndexOf("barriers")]);
        Assert.Equal("renovation", open[header.IndexOf("themes")]);
        Assert.Equal("GM0855", open[header.IndexOf("cbs_code")]);
        Assert.StartsWith("'=HYPERLINK", rows.Skip(1).Single(r => r[header.IndexOf("title")].Contains("HYPERLINK", StringComparison.Ordinal))[header.IndexOf("title")], StringComparison.Ordinal);

        using var json = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/export/experiments.json", UriKind.Relative)));
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(rows.Skip(1).Select(r => r[0]).Order(), items.Select(i => i.GetProperty("id").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    private static void AssertAtom(XElement feed)
    {
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated", "author" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        Assert.Single(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _));
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated", "summary" })
            {
                Assert.Single(entry.Elements(Atom + required));
            }

            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate" && Uri.IsWellFormedUriString((string?)l.Attribute("href"), UriKind.Absolute));
            Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$", entry.Element(Atom + "updated")!.Value);
        }
    }

    /// <summary>An RFC 4180 reader: quoted cells may hold commas, quotes and line breaks.</summary>
    private static List<List<string>> ParseCsv(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(cell.ToString());
                cell.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                row.Add(cell.ToString());
                cell.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                cell.Append(c);
            }
        }

        return rows;
    }

    private Task<MadeProject> ExperimentAsync(string title, Visibility visibility, int[] barriers, string[] themes)
    {
        var project = Make.Project(_factory.Services).By(_author).Titled(title).Place("Tilburg", 12).Visible(visibility).Themes(themes)
            .Summary("Samen, met \"aanhalingstekens\", komma's\nen een nieuwe regel.");
        foreach (var barrier in barriers)
        {
            project.Barrier(barrier);
        }

        return project.CreateAsync();
    }

    private Task<int> ReflectAsync(int experiment, string title, int[] barriers, bool hidden)
    {
        var reflection = Make.Reflection(_factory.Services, experiment, _author).Kind(ReflectionKind.TipForOthers).Titled(title).Body("Een tip.").About(barriers);
        return (hidden ? reflection.Hidden("Moderatie") : reflection).CreateAsync();
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
