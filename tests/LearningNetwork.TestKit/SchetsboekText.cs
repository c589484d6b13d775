using System.Text.RegularExpressions;

namespace LearningNetwork.TestKit;

/// <summary>
/// The project's copy of the schetsboek (docs/source), as the tests compare the portal's quotes with it: line breaks
/// and runs of spaces count as one space, and a word split over two lines is one word again.
/// </summary>
public static partial class SchetsboekText
{
    /// <summary>The whole text, normalised.</summary>
    public static string Normalised { get; } = Normalise(File.ReadAllText(Path.Combine(Repository.Root, "docs", "source", "schetsboek-koppelkansen.txt")));

    public static string Normalise(string text) => Spaces().Replace(Hyphenated().Replace(text, "-"), " ").Trim();

    [GeneratedRegex(@"(?<=\w)-[ \t]*\r?\n\s*")]
    private static partial Regex Hyphenated();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
