namespace LearningNetwork.Application.Werksessies;

/// <summary>What a municipality needs help with: a barrier, the themes of what it blocks, and its scale (homes).</summary>
public sealed record PeerNeed(int BarrierNumber, IReadOnlySet<string> ThemeKeys, int? Homes);

/// <summary>A project elsewhere that overcame the barrier: when, and how many of the needed themes it couples.</summary>
public sealed record PeerCandidate(int ExperimentId, string Title, int MunicipalityId, string Municipality, int? Homes, DateTime OvercomeAtUtc, bool OvercomeSinceKnown, int SharedThemes, string? How);

/// <summary>
/// How the portal proposes municipalities for a werksessie, in a fixed order anyone can follow: first the most themes
/// in common, then a similar scale (at most twice as large or small, when both know their number of homes), then who
/// overcame the barrier most recently. Each municipality is proposed once, for its best project.
/// </summary>
public static class PeerMatching
{
    public const int MaxMatches = 3;

    /// <summary>The ratio of the smaller to the larger number of homes from which two scales count as similar.</summary>
    public const double SimilarScaleRatio = 0.5;

    public static IReadOnlyList<PeerCandidate> Rank(IEnumerable<PeerCandidate> candidates, int? homes)
    {
        var bestPerMunicipality = candidates.GroupBy(c => c.MunicipalityId).Select(g => Order(g, homes).First());
        return Order(bestPerMunicipality, homes).Take(MaxMatches).ToList();
    }

    public static bool SimilarScale(int? ours, int? theirs) =>
        ours is > 0 && theirs is > 0 && (double)Math.Min(ours.Value, theirs.Value) / Math.Max(ours.Value, theirs.Value) >= SimilarScaleRatio;

    /// <summary>The middle number of homes of the blocked projects that know it (the lower of the two middles).</summary>
    public static int? Median(IEnumerable<int?> homes)
    {
        var known = homes.OfType<int>().Order().ToList();
        return known.Count == 0 ? null : known[(known.Count - 1) / 2];
    }

    private static IOrderedEnumerable<PeerCandidate> Order(IEnumerable<PeerCandidate> candidates, int? homes) =>
        candidates
            .OrderByDescending(c => c.SharedThemes)
            .ThenByDescending(c => SimilarScale(homes, c.Homes))
            .ThenByDescending(c => c.OvercomeAtUtc)
            .ThenBy(c => c.Municipality, StringComparer.Ordinal)
            .ThenBy(c => c.ExperimentId);
}
