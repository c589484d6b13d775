using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>
/// Words as the site-wide search compares them: lower case without accents ("Coöperatie" is "cooperatie"), and
/// their Dutch stems by the Kraaij-Pohlmann stemmer of the Snowball project, as maintained in Lucene.NET
/// ("warmtenetten" and "warmtenet", "isolatie" and "geïsoleerd" share a stem). ADR 0013.
/// </summary>
internal static partial class DutchText
{
    /// <summary>The stemmer keeps state while it works: one per thread.</summary>
    [ThreadStatic]
    private static KpStemmer? _stemmer;

    public static IEnumerable<(int Start, int Length, string Word)> Tokens(string text) =>
        WordPattern().Matches(text).Select(m => (m.Index, m.Length, Fold(m.Value)));

    public static string Fold(string word)
    {
        if (Ascii.IsValid(word))
        {
            return word.ToLowerInvariant();
        }

        var decomposed = word.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>The stem of a folded word; numbers and one-letter words stay as they are.</summary>
    public static string Stem(string folded)
    {
        if (folded.Length < 3 || !folded.All(char.IsLetter))
        {
            return folded;
        }

        var stemmer = _stemmer ??= new KpStemmer();
        stemmer.SetCurrent(folded);
        stemmer.Stem();
        return stemmer.Current is { Length: > 0 } stem ? stem : folded;
    }

    /// <summary>
    /// Whether the stem of <paramref name="folded"/> can begin with <paramref name="stem"/>: Kraaij-Pohlmann changes a
    /// word's end and takes off a leading "ge", so a stem begins with the word's first letter or the one after "ge".
    /// Lets the snippet skip stemming the words that cannot match.
    /// </summary>
    public static bool MayStemTo(string folded, string stem) =>
        stem.Length == 0 || (folded.Length > 0 && folded[0] == stem[0]) || (folded.Length > 2 && folded.StartsWith("ge", StringComparison.Ordinal) && folded[2] == stem[0]);

    [GeneratedRegex(@"[\p{L}\p{Mn}\p{Nd}]+")]
    private static partial Regex WordPattern();
}
