namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>
/// Who reads, as <see cref="Security.Access.ReadableBy{T}"/> has it: public content for all, network content for the
/// signed in, and everything of one's own municipality.
/// </summary>
public sealed record SearchReader(bool SignedIn, int? MunicipalityId);

/// <summary>
/// One read of the site-wide search: the readable entries that hold every term, narrowed by the filters (all of
/// <paramref name="Tags"/>, a municipality, a date range). Counts per kind are over all of them; the municipalities,
/// tags and the page (<paramref name="Skip"/>, <paramref name="Take"/>, best rank first, then newest) over those of
/// <paramref name="Kind"/> when given. Up to <paramref name="InMemoryLimit"/> matches are counted in memory. A term
/// held by more than <paramref name="RankedTermShare"/> of all entries may narrow the hits without ranking them, when
/// another term is rarer (<see cref="Search.SearchSite.SearchOptions.RankedTermShare"/>).
/// </summary>
public sealed record SiteSearchRequest(
    SearchTerms Terms,
    SearchReader Reader,
    Domain.Search.SearchKind? Kind,
    IReadOnlyList<string> Tags,
    int? MunicipalityId,
    DateTime? FromUtc,
    DateTime? BeforeUtc,
    int Skip,
    int Take,
    int InMemoryLimit,
    double RankedTermShare);

public sealed record SiteSearchRow(
    long Id,
    Domain.Search.SearchKind Kind,
    int ItemId,
    string ItemKey,
    string Title,
    string? TitleEn,
    string Text,
    string? TextEn,
    int? MunicipalityId,
    string? MunicipalityName,
    DateTime? DateUtc);

public sealed record SiteSearchKindCount(Domain.Search.SearchKind Kind, int Count);

public sealed record SiteSearchMunicipalityCount(int Id, string Name, int Count);

public sealed record SiteSearchTagCount(string Tag, int Count);

/// <summary>Counts per kind, the ten municipalities with the most matches (named), counts per tag, and the page's entries in order.</summary>
public sealed record SiteSearchResult(
    IReadOnlyList<SiteSearchKindCount> Kinds,
    IReadOnlyList<SiteSearchMunicipalityCount> Municipalities,
    IReadOnlyList<SiteSearchTagCount> Tags,
    IReadOnlyList<SiteSearchRow> Rows);

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

    /// <summary>The search itself, with the visibility rules of the pages (ADR 0013): a few commands on the connection.</summary>
    Task<SiteSearchResult> ReadAsync(SiteSearchRequest request, CancellationToken cancellationToken);

    /// <summary>
    /// Writes the documents of these items again from what is stored now, in the caller's transaction: for changes
    /// the database context does not see, such as what the database removes with a deleted account.
    /// </summary>
    Task RefreshAsync(Domain.Search.SearchKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken);

    /// <summary>About <paramref name="length"/> characters of <paramref name="text"/> around its first match, the matches marked.</summary>
    IReadOnlyList<SnippetPart> Snippet(string text, SearchTerms terms, int length = 240);
}
