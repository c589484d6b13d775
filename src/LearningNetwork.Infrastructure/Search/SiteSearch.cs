using System.Text.RegularExpressions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

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

    public abstract IQueryable<SearchMatch> Matching(SearchTerms terms);

    public Task RefreshAsync(Domain.Search.SearchKind kind, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        SiteSearchIndex.UpdateAsync(Db, ids.Select(id => (kind, id)), cancellationToken);

    public IReadOnlyList<SnippetPart> Snippet(string text, SearchTerms terms, int length = 240)
    {
        var tokens = DutchText.Tokens(text).ToList();
        var words = terms.Terms.SelectMany(t => t.Words).ToHashSet();
        var stems = terms.Terms.SelectMany(t => t.Stems).ToHashSet();
        bool Hit(string word) => words.Any(word.StartsWith) || stems.Any(DutchText.Stem(word).StartsWith);
        var hits = tokens.Where(t => Hit(t.Word)).ToList();
        var first = hits.Count > 0 ? hits[0].Start : 0;
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
    public override IQueryable<SearchMatch> Matching(SearchTerms terms)
    {
        var match = string.Join(" AND ", terms.Terms.Select(t => t.Phrase
            ? $"(Words : \"{string.Join(' ', t.Words)}\" OR Stems : \"{string.Join(' ', t.Stems)}\")"
            : $"(\"{t.Words[0]}\"* OR \"{t.Stems[0]}\"*)"));
        return Db.Database.SqlQuery<SearchMatch>($"SELECT rowid AS EntryId, bm25(SiteSearch) AS Rank FROM SiteSearch WHERE SiteSearch MATCH {match}");
    }
}

/// <summary>
/// SQL Server without a full-text catalogue (ADR 0013): every term must occur, as a word start in the folded words
/// or the stems (LIKE); no rank, so the newest come first.
/// </summary>
internal sealed class LikeSiteSearch(AppDbContext db) : SiteSearchBase(db)
{
    public override IQueryable<SearchMatch> Matching(SearchTerms terms)
    {
        var entries = Db.SearchEntries.AsNoTracking();
        foreach (var term in terms.Terms)
        {
            var words = "% " + string.Join(' ', term.Words) + (term.Phrase ? " %" : "%");
            var stems = "% " + string.Join(' ', term.Stems) + (term.Phrase ? " %" : "%");
            entries = entries.Where(e => EF.Functions.Like(e.Words, words) || EF.Functions.Like(e.Stems, stems));
        }

        return entries.Select(e => new SearchMatch { EntryId = e.Id, Rank = 0 });
    }
}
