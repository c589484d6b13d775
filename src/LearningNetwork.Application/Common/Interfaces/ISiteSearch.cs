namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>An entry of the site-wide search that matches, with its rank: lower is better.</summary>
public sealed class SearchMatch
{
    public long EntryId { get; set; }

    public double Rank { get; set; }
}

/// <summary>A piece of a snippet: the words as written, and whether they match the search.</summary>
public sealed record SnippetPart(string Text, bool Match);

/// <summary>What was searched for: words (each as written and as its Dutch stem) and phrases in quotes.</summary>
public sealed record SearchTerms(IReadOnlyList<SearchTerm> Terms)
{
    public bool IsEmpty => Terms.Count == 0;
}

/// <summary>One word or phrase: its words folded (lower case, no accents) and their stems, in order.</summary>
public sealed record SearchTerm(IReadOnlyList<string> Words, IReadOnlyList<string> Stems, bool Phrase);

/// <summary>
/// The site-wide search index (ADR 0013): Dutch word forms match (a maintained stemmer), accents and case do not
/// matter, a phrase in quotes matches as a phrase. The index is kept by the database context in the same
/// transaction as the change that caused it.
/// </summary>
public interface ISiteSearch
{
    SearchTerms Parse(string query);

    /// <summary>The entries that hold every term, as a query the caller composes (visibility, filters, counts).</summary>
    IQueryable<SearchMatch> Matching(SearchTerms terms);

    /// <summary>
    /// Writes the documents of these items again from what is stored now, in the caller's transaction: for changes
    /// the database context does not see, such as what the database removes with a deleted account.
    /// </summary>
    Task RefreshAsync(Domain.Search.SearchKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>About <paramref name="length"/> characters of <paramref name="text"/> around its first match, the matches marked.</summary>
    IReadOnlyList<SnippetPart> Snippet(string text, SearchTerms terms, int length = 240);
}
