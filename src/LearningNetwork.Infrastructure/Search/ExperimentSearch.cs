using System.Text.RegularExpressions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>The words of a search, as letters and digits only: nothing a user types reaches SQL as syntax.</summary>
internal static partial class SearchWords
{
    public const int MaxWords = 8;

    public static IReadOnlyList<string> Of(string text) =>
        WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant()).Distinct().Take(MaxWords).ToList();

    [GeneratedRegex(@"[\p{L}\p{Nd}]+")]
    private static partial Regex WordPattern();
}

/// <summary>
/// SQLite FTS5 over the <c>ExperimentSearch</c> table (title, summary, barrier and lesson notes), every word
/// as a prefix and all words required; diacritics ignored. Kept current by <see cref="ExperimentSearchIndex"/>.
/// </summary>
internal sealed class SqliteExperimentSearch(AppDbContext db) : IExperimentSearch
{
    public IQueryable<int> Matching(string words)
    {
        var terms = SearchWords.Of(words);
        if (terms.Count == 0)
        {
            return db.Experiments.Where(_ => false).Select(e => e.Id);
        }

        var match = string.Join(' ', terms.Select(t => $"\"{t}\"*"));
        return db.Database.SqlQuery<int>($"SELECT rowid AS Value FROM ExperimentSearch WHERE ExperimentSearch MATCH {match}");
    }
}

/// <summary>SQL Server without a full-text catalogue: every word must occur in the title, summary or a note (LIKE).</summary>
internal sealed class LikeExperimentSearch(AppDbContext db) : IExperimentSearch
{
    public IQueryable<int> Matching(string words)
    {
        var experiments = db.Experiments.AsNoTracking();
        var terms = SearchWords.Of(words);
        if (terms.Count == 0)
        {
            return experiments.Where(_ => false).Select(e => e.Id);
        }

        foreach (var term in terms)
        {
            var pattern = $"%{term}%";
            experiments = experiments.Where(e =>
                EF.Functions.Like(e.Title, pattern)
                || EF.Functions.Like(e.Summary, pattern)
                || (e.OtherCoupling != null && EF.Functions.Like(e.OtherCoupling, pattern))
                || e.Barriers.Any(b => b.Note != null && EF.Functions.Like(b.Note, pattern))
                || e.Lessons.Any(l => l.Note != null && EF.Functions.Like(l.Note, pattern)));
        }

        return experiments.Select(e => e.Id);
    }
}
