using System.Text.RegularExpressions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Infrastructure.Persistence;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>What both index kinds share: reading the search and marking the snippet.</summary>
internal abstract partial class SiteSearchBase(AppDbContext db) : ISiteSearch
{
    protected AppDbContext Db { get; } = db;

    public const int MaxTerms = 8;

    public SearchTerms Parse(string query)
    {
        var terms = new List<SearchTerm>();
        foreach (Match part in PartPattern().Matches(query))
        {
            var phrase = part.Groups["phrase"].Success;
            var words = DutchText.Tokens(phrase ? part.Groups["phrase"].Value : part.Value).Select(t => t.Word).Take(MaxTerms).ToList();
            if (phrase && words.Count > 1)
            {
                terms.Add(new SearchTerm(words, [.. words.Select(DutchText.Stem)], Phrase: true));
            }
            else
            {
                terms.AddRange(words.Select(w => new SearchTerm([w], [DutchText.Stem(w)], Phrase: false)));
            }
        }

        return new SearchTerms([.. terms.DistinctBy(t => string.Join(' ', t.Words) + t.Phrase).Take(MaxTerms)]);
    }

    public Task RefreshAsync(Domain.Search.SearchKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        SiteSearchIndex.UpdateAsync(Db, ids.Select(id => (kind, id)), cancellationToken);

    public IReadOnlyList<SnippetPart> Snippet(string text, SearchTerms terms, int length = 240)
    {
        var words = terms.Terms.SelectMany(t => t.Words).Distinct().ToArray();
        var stems = terms.Terms.SelectMany(t => t.Stems).Distinct().ToArray();
        bool Hit(string word)
        {
            if (words.Any(w => word.StartsWith(w, StringComparison.Ordinal)))
            {
                return true;
            }

            string? stem = null;
            foreach (var s in stems.Where(s => DutchText.MayStemTo(word, s)))
            {
                stem ??= DutchText.Stem(word);
                if (stem.StartsWith(s, StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // The words up to the end of the window around the first match: the rest of a long text is not read.
        var tokens = new List<(int Start, int Length, bool Hit)>();
        var first = -1;
        var stop = int.MaxValue;
        foreach (var (tokenStart, tokenLength, word) in DutchText.Tokens(text))
        {
            if (tokenStart >= stop)
            {
                break;
            }

            var hit = Hit(word);
            tokens.Add((tokenStart, tokenLength, hit));
            if (hit && first < 0)
            {
                first = tokenStart;
                stop = Math.Max(0, first - (length / 3)) + length;
            }
        }

        var hits = tokens.Where(t => t.Hit).ToList();
        first = Math.Max(first, 0);
        var start = Math.Max(0, first - (length / 3));
        if (start > 0)
        {
            start = tokens.FirstOrDefault(t => t.Start >= start).Start;
        }

        var end = Math.Min(text.Length, start + length);
        if (end < text.Length)
        {
            var last = tokens.LastOrDefault(t => t.Start + t.Length <= end);
            end = last.Length > 0 && last.Start > start ? last.Start + last.Length : end;
        }

        var parts = new List<SnippetPart>();
        var at = start;
        foreach (var hit in hits.Where(h => h.Start >= start && h.Start + h.Length <= end))
        {
            parts.Add(new SnippetPart(text[at..hit.Start], false));
            parts.Add(new SnippetPart(text.Substring(hit.Start, hit.Length), true));
            at = hit.Start + hit.Length;
        }

        parts.Add(new SnippetPart(text[at..end], false));
        if (start > 0)
        {
            parts.Insert(0, new SnippetPart("… ", false));
        }

        if (end < text.Length)
        {
            parts.Add(new SnippetPart(" …", false));
        }

        return [.. parts.Where(p => p.Text.Length > 0)];
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex PartPattern();
}

/// <summary>
/// SQLite: the FTS5 table <c>SiteSearch(Words, Stems)</c>, row id = the entry's id. A word matches as a prefix of a
/// word or of a stem; a phrase matches its words or its stems in a row. Only folded letters and digits reach the
/// MATCH expression, so what a user types is never FTS syntax.
/// </summary>
internal sealed class SqliteSiteSearch(AppDbContext db) : SiteSearchBase(db)
{
    protected override string MatchSource(SearchTerms terms, SqlParameters parameters)
    {
        var match = string.Join(" AND ", terms.Terms.Select(t => t.Phrase
            ? $"(Words : \"{string.Join(' ', t.Words)}\" OR Stems : \"{string.Join(' ', t.Stems)}\")"
            : Prefix(t.Words[0], t.Stems[0])));
        return $"SELECT rowid AS EntryId, bm25(SiteSearch) AS MatchRank FROM SiteSearch WHERE SiteSearch MATCH {parameters.Add(match)}";
    }

    protected override string Page(string skip, string take) => $"LIMIT {take} OFFSET {skip}";

    // A word or its stem as a prefix. A stem that starts the word (most often: the word itself) already matches all the
    // word would, and FTS5 reads every prefix term's whole list of rows: once is enough.
    private static string Prefix(string word, string stem) =>
        word.StartsWith(stem, StringComparison.Ordinal) ? $"\"{stem}\"*" : $"(\"{word}\"* OR \"{stem}\"*)";
}

/// <summary>
/// SQL Server without a full-text catalogue (ADR 0013): every term must occur, as a word start in the folded words
/// or the stems (LIKE); no rank, so the newest come first.
/// </summary>
internal sealed class LikeSiteSearch(AppDbContext db) : SiteSearchBase(db)
{
    protected override string MatchSource(SearchTerms terms, SqlParameters parameters)
    {
        var conditions = terms.Terms.Select(term =>
        {
            var words = parameters.Add("% " + string.Join(' ', term.Words) + (term.Phrase ? " %" : "%"));
            var stems = parameters.Add("% " + string.Join(' ', term.Stems) + (term.Phrase ? " %" : "%"));
            return $"(Words LIKE {words} OR Stems LIKE {stems})";
        });
        return $"SELECT Id AS EntryId, 0 AS MatchRank FROM SearchEntries WHERE {string.Join(" AND ", conditions)}";
    }

    protected override string Page(string skip, string take) => $"OFFSET {skip} ROWS FETCH NEXT {take} ROWS ONLY";
}
