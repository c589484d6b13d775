namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>
/// Full-text search over experiments: title, summary and the barrier and lesson notes. One interface, a
/// provider-specific implementation (SQLite FTS5 on the embedded default; a LIKE search elsewhere).
/// </summary>
public interface IExperimentSearch
{
    /// <summary>The ids of experiments matching the words, as a query the caller composes with its own filters.</summary>
    IQueryable<int> Matching(string words);
}
