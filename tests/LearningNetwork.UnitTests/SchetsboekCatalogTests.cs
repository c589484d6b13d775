using System.Text.Json;
using LearningNetwork.Domain.Taxonomy;

namespace LearningNetwork.UnitTests;

/// <summary>The seeded taxonomy matches the schetsboek's own numbering, titles and cross-references.</summary>
public sealed class SchetsboekCatalogTests
{
    private static readonly JsonElement Source = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "taxonomy.json"))).RootElement;

    [Fact]
    public void Lessons_match_the_schetsboek()
    {
        var lessons = SchetsboekCatalog.Lessons();
        var expected = Source.GetProperty("lessons").EnumerateArray().ToList();

        Assert.Equal(Lesson.Count, lessons.Count);
        Assert.Equal(expected.Select(e => e.GetProperty("number").GetInt32()), lessons.Select(l => l.Number));
        Assert.Equal(expected.Select(e => e.GetProperty("nl").GetString()), lessons.Select(l => l.Title.Nl));
        Assert.Equal(expected.Select(e => e.GetProperty("en").GetString()), lessons.Select(l => l.Title.En));
        Assert.Equal(
            expected.Select(e => e.GetProperty("group").GetString()!.Replace("-", string.Empty, StringComparison.Ordinal)),
            lessons.Select(l => l.Group.ToString().ToLowerInvariant()));
        Assert.All(lessons, HasDescriptions);
    }

    [Fact]
    public void Barriers_and_their_helpful_lessons_match_the_schetsboek()
    {
        var barriers = SchetsboekCatalog.Barriers();
        var expected = Source.GetProperty("barriers").EnumerateArray().ToList();

        Assert.Equal(Barrier.Count, barriers.Count);
        Assert.Equal(expected.Select(e => e.GetProperty("nl").GetString()), barriers.Select(b => b.Title.Nl));
        Assert.Equal(expected.Select(e => e.GetProperty("en").GetString()), barriers.Select(b => b.Title.En));
        for (var i = 0; i < barriers.Count; i++)
        {
            Assert.Equal(
                expected[i].GetProperty("helpful_lessons").EnumerateArray().Select(n => n.GetInt32()),
                barriers[i].HelpfulLessons.Select(h => h.LessonNumber));
        }

        Assert.All(barriers, b => Assert.All(b.HelpfulLessons, h => Assert.Equal(b.Number, h.BarrierNumber)));
        Assert.All(barriers, b => HasDescriptions(b.Title, b.Description));
    }

    [Fact]
    public void Themes_match_the_schetsboek()
    {
        var themes = SchetsboekCatalog.Themes();
        var expected = Source.GetProperty("coupling_themes").EnumerateArray().ToList();

        Assert.Equal(CouplingTheme.Count, themes.Count);
        Assert.Equal(expected.Select(e => e.GetProperty("key").GetString()), themes.Select(t => t.Key));
        Assert.Equal(expected.Select(e => e.GetProperty("nl").GetString()), themes.Select(t => t.Title.Nl));
        Assert.Equal(expected.Select(e => e.GetProperty("domain").GetString()), themes.Select(t => t.Domain.ToString().ToLowerInvariant()));
        Assert.Equal(Enumerable.Range(1, CouplingTheme.Count), themes.Select(t => t.SortOrder));
        Assert.All(themes, t => HasDescriptions(t.Title, t.Description));
    }

    [Fact]
    public void Every_municipality_the_schetsboek_names_is_there_with_its_CBS_code()
    {
        var municipalities = SchetsboekCatalog.Municipalities();
        var expected = Source.GetProperty("municipalities_interviewed").EnumerateArray()
            .Concat(Source.GetProperty("municipalities_from_literature").EnumerateArray())
            .ToDictionary(e => e.GetProperty("name").GetString()!, e => e.GetProperty("cbs_code").GetString());

        Assert.Equal(expected.Count, municipalities.Count);
        Assert.All(municipalities, m => Assert.Equal(expected[m.Name], m.CbsCode));
        Assert.Equal(municipalities.Count, municipalities.Select(m => m.CbsCode).Distinct().Count());
    }

    private static void HasDescriptions(Lesson lesson) => HasDescriptions(lesson.Title, lesson.Description);

    private static void HasDescriptions(Domain.Common.LocalizedText title, Domain.Common.LocalizedText description)
    {
        Assert.InRange(description.Nl.Length, 100, 2000);
        Assert.InRange(description.En.Length, 100, 2000);
        Assert.NotEqual(description.Nl, description.En);
        Assert.False(string.IsNullOrWhiteSpace(title.Nl));
    }
}
