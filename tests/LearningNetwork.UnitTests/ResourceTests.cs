using System.Xml.Linq;

namespace LearningNetwork.UnitTests;

/// <summary>Every text exists in Dutch and in English, and none is left empty or untranslated by accident.</summary>
public sealed class ResourceTests
{
    public static TheoryData<string> ResourceSets()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Resx"), "*.resx", SearchOption.AllDirectories)
                     .Where(f => !f.EndsWith(".en.resx", StringComparison.Ordinal)))
        {
            data.Add(Path.GetRelativePath(AppContext.BaseDirectory, file));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Dutch_and_English_have_the_same_keys_and_no_empty_texts(string neutralFile)
    {
        var dutch = Read(Path.Combine(AppContext.BaseDirectory, neutralFile));
        var english = Read(Path.Combine(AppContext.BaseDirectory, neutralFile.Replace(".resx", ".en.resx", StringComparison.Ordinal)));

        Assert.Equal(dutch.Keys.Order(), english.Keys.Order());
        Assert.All(dutch.Concat(english), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
        Assert.All(dutch.Keys, key => Assert.Equal(Placeholders(dutch[key]), Placeholders(english[key])));
    }

    /// <summary>As on Dutch government sites: "inloggen" and "uitloggen"; "aanmelden" and "afmelden" are not used, also not for unsubscribing.</summary>
    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Dutch_says_inloggen_and_uitloggen_never_aanmelden_or_afmelden(string neutralFile)
    {
        var dutch = Read(Path.Combine(AppContext.BaseDirectory, neutralFile));

        Assert.All(dutch, pair => Assert.DoesNotMatch(@"(?i)\b(aan|af)(ge)?meld|\bmeld (je|u|mij|me) (aan|af)\b", pair.Value));
    }

    /// <summary>One word for a barrier throughout the Dutch texts: the schetsboek's own, "barrière" (issue 18, point 12).</summary>
    [Theory]
    [MemberData(nameof(ResourceSets))]
    public void Dutch_says_barriere_the_schetsboeks_word_never_belemmering(string neutralFile)
    {
        var dutch = Read(Path.Combine(AppContext.BaseDirectory, neutralFile));

        Assert.All(dutch, pair => Assert.DoesNotMatch("(?i)belemmering", pair.Value));
    }

    [Fact]
    public void The_resource_sets_are_found()
    {
        Assert.True(ResourceSets().Count >= 2);
    }

    private static Dictionary<string, string> Read(string path) =>
        XDocument.Load(path).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static List<string> Placeholders(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\{\d+\}").Select(m => m.Value).Order().ToList();
}
