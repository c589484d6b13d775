using LearningNetwork.Infrastructure.Search;
using LearningNetwork.TestKit;

namespace LearningNetwork.UnitTests;

/// <summary>The site search's words (ADR 0013), checked on the schetsboek's own Dutch.</summary>
public sealed class DutchTextTests
{
    private static readonly List<string> Words = DutchText.Tokens(SchetsboekText.Normalised).Select(t => t.Word).Distinct().ToList();

    [Fact]
    public void Every_stem_begins_where_the_snippet_looks_for_it()
    {
        // The snippet stems only the words that can match (MayStemTo): a word whose stem began elsewhere would match
        // in the index but stay unmarked in the snippet.
        Assert.True(Words.Count > 1500, $"{Words.Count} words");
        Assert.DoesNotContain(Words, w => !DutchText.MayStemTo(w, DutchText.Stem(w)));
        Assert.True(DutchText.MayStemTo("geisoleerd", DutchText.Stem("isoleren")));
        Assert.False(DutchText.MayStemTo("riool", DutchText.Stem("warmtenet")));
    }

    [Theory]
    [InlineData("Warmtenet", "warmtenet")]
    [InlineData("Coöperatie", "cooperatie")]
    [InlineData("GEÏSOLEERD", "geisoleerd")]
    [InlineData("2030", "2030")]
    public void Words_are_folded_to_lower_case_without_accents(string word, string folded) =>
        Assert.Equal(folded, DutchText.Fold(word));
}
