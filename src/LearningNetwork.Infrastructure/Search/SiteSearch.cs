using System.Data.Common;
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

    /// <summary>
    /// What a word matches as a prefix of an indexed word or stem: its stem when that starts the word (most often the
    /// word itself), as that already matches all the word would; else the word and its stem.
    /// </summary>
    protected static IReadOnlyList<string> Prefixes(SearchTerm term) =>
        term.Words[0].StartsWith(term.Stems[0], StringComparison.Ordinal) ? [term.Stems[0]] : [term.Words[0], term.Stems[0]];

    /// <summary>
    /// A term as LIKE conditions on an entry's folded words and stems (<paramref name="alias"/>), which hold them
    /// between single spaces: a word as a prefix of a word or a stem, a phrase as its words or its stems in a row. It
    /// matches exactly the entries the FTS5 expression of <see cref="SqliteSiteSearch"/> does.
    /// </summary>
    protected static string Narrowing(SearchTerm term, SqlParameters parameters, string alias)
    {
        if (term.Phrase)
        {
            return $"({alias}.Words LIKE {parameters.Add($"% {string.Join(' ', term.Words)} %")} OR {alias}.Stems LIKE {parameters.Add($"% {string.Join(' ', term.Stems)} %")})";
        }

        var conditions = Prefixes(term).Select(prefix => parameters.Add($"% {prefix}%")).SelectMany(p => new[] { $"{alias}.Words LIKE {p}", $"{alias}.Stems LIKE {p}" });
        return $"({string.Join(" OR ", conditions)})";
    }

    [GeneratedRegex("\"(?<phrase>[^\"]*)\"|[^\\s\"]+")]
    private static partial Regex PartPattern();
}

/// <summary>
/// SQLite: the FTS5 table <c>SiteSearch(Words, Stems)</c>, row id = the entry's id, ranked by bm25. A word matches as a
/// prefix of a word or of a stem; a phrase matches its words or its stems in a row. Only folded letters and digits
/// reach the MATCH expression, so what a user types is never FTS syntax.
/// </summary>
/// <remarks>
/// FTS5 reads the whole list of rows of every term in a MATCH expression, once to match a prefix and once more for
/// bm25's weight of the term, however few rows the other terms leave; a word in most entries then costs as much as
/// the index is large. When another term is rare, such a common term only narrows the rare terms' rows, by the same
/// condition as LIKE on their words and stems, and does not rank them: its bm25 weight would be near nothing anyway
/// (ADR 0025).
/// </remarks>
internal sealed class SqliteSiteSearch(AppDbContext db, SiteSearchTermCounts counts) : SiteSearchBase(db)
{
    protected override async Task<string> MatchSourceAsync(DbConnection connection, SiteSearchRequest request, SqlParameters parameters, CancellationToken cancellationToken)
    {
        var terms = request.Terms.Terms;
        IReadOnlyList<SearchTerm> ranked = terms;
        if (terms.Count > 1)
        {
            var (entries, matches) = await counts.CountAsync(connection, [.. terms.Select(Expression)], cancellationToken);
            var rare = terms.Where((_, i) => matches[i] <= request.RankedTermShare * entries).ToList();
            ranked = rare.Count > 0 ? rare : terms;
        }

        var match = parameters.Add(string.Join(" AND ", ranked.Select(Expression)));
        var narrowing = terms.Except(ranked).Select(term => Narrowing(term, parameters, "w")).ToList();
        return narrowing.Count == 0
            ? $"SELECT rowid AS EntryId, bm25(SiteSearch) AS MatchRank FROM SiteSearch WHERE SiteSearch MATCH {match}"
            : $"SELECT f.rowid AS EntryId, bm25(SiteSearch) AS MatchRank FROM SiteSearch f JOIN SearchEntries w ON w.Id = f.rowid WHERE SiteSearch MATCH {match} AND {string.Join(" AND ", narrowing)}";
    }

    protected override string Page(string skip, string take) => $"LIMIT {take} OFFSET {skip}";

    private static string Expression(SearchTerm term) => term.Phrase
        ? $"(Words : \"{string.Join(' ', term.Words)}\" OR Stems : \"{string.Join(' ', term.Stems)}\")"
        : $"({string.Join(" OR ", Prefixes(term).Select(prefix => $"\"{prefix}\"*"))})";
}

/// <summary>
/// SQL Server without a full-text catalogue (ADR 0013): every term must occur, as a word start in the folded words
/// or the stems (LIKE); no rank, so the newest come first.
/// </summary>
internal sealed class LikeSiteSearch(AppDbContext db) : SiteSearchBase(db)
{
    protected override Task<string> MatchSourceAsync(DbConnection connection, SiteSearchRequest request, SqlParameters parameters, CancellationToken cancellationToken) =>
        Task.FromResult($"SELECT w.Id AS EntryId, 0 AS MatchRank FROM SearchEntries w WHERE {string.Join(" AND ", request.Terms.Terms.Select(term => Narrowing(term, parameters, "w")))}");

    protected override string Page(string skip, string take) => $"OFFSET {skip} ROWS FETCH NEXT {take} ROWS ONLY";
}
