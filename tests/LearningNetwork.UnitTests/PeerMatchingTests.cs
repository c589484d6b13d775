using LearningNetwork.Application.Werksessies;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.UnitTests;

/// <summary>Issue 21: the order in which municipalities are proposed for a werksessie, and what it is built from.</summary>
public sealed class PeerMatchingTests
{
    private static readonly DateTime Then = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Themes_come_first_then_a_similar_scale_then_recency_and_each_municipality_once_with_its_best_project()
    {
        PeerCandidate[] candidates =
        [
            Candidate(1, municipality: 10, shared: 1, homes: 400, daysAgo: 1),
            Candidate(2, municipality: 20, shared: 2, homes: 5_000, daysAgo: 1),
            Candidate(3, municipality: 30, shared: 2, homes: 450, daysAgo: 300),
            Candidate(4, municipality: 40, shared: 2, homes: 300, daysAgo: 100),
            Candidate(5, municipality: 40, shared: 2, homes: 300, daysAgo: 10),
            Candidate(6, municipality: 50, shared: 0, homes: 400, daysAgo: 0),
        ];

        var ranked = PeerMatching.Rank(candidates, homes: 400);

        Assert.Equal([5, 3, 2], ranked.Select(c => c.ExperimentId));
        // Without a known scale, recency decides among equal themes.
        Assert.Equal([2, 5, 3], PeerMatching.Rank(candidates, homes: null).Select(c => c.ExperimentId));
    }

    [Theory]
    [InlineData(400, 200, true)]
    [InlineData(400, 800, true)]
    [InlineData(400, 199, false)]
    [InlineData(400, 801, false)]
    [InlineData(null, 400, false)]
    [InlineData(400, null, false)]
    [InlineData(0, 0, false)]
    public void A_scale_is_similar_up_to_twice_as_large_or_small_when_both_are_known(int? ours, int? theirs, bool similar)
    {
        Assert.Equal(similar, PeerMatching.SimilarScale(ours, theirs));
    }

    [Fact]
    public void The_scale_of_several_blocked_projects_is_their_middle_one()
    {
        Assert.Null(PeerMatching.Median([null, null]));
        Assert.Equal(300, PeerMatching.Median([500, null, 300, 100]));
        Assert.Equal(300, PeerMatching.Median([500, 300, 100]));
    }

    [Fact]
    public void A_barrier_keeps_when_it_reached_its_state_and_when_it_first_blocked()
    {
        var experiment = new Experiment(1, Details(BarrierState.Encountered), ExperimentStatus.Running, "u", Then, "Begonnen.");
        var barrier = experiment.Barriers.Single();
        Assert.Equal(Then, barrier.StateSinceUtc);
        Assert.Null(barrier.BlockingSinceUtc);

        experiment.Update(Details(BarrierState.StillBlocking), Then.AddDays(10));
        Assert.Equal(Then.AddDays(10), barrier.StateSinceUtc);
        Assert.Equal(Then.AddDays(10), barrier.BlockingSinceUtc);

        experiment.Update(Details(BarrierState.StillBlocking, "Nog steeds."), Then.AddDays(20));
        Assert.Equal(Then.AddDays(10), barrier.StateSinceUtc);

        experiment.Update(Details(BarrierState.Overcome), Then.AddDays(30));
        Assert.Equal(Then.AddDays(30), barrier.StateSinceUtc);
        Assert.Equal(Then.AddDays(10), barrier.BlockingSinceUtc);
    }

    private static ExperimentDetails Details(BarrierState state, string? note = null) =>
        new("Riool en warmte", null, null, "Samen.", null, null, null, null, Visibility.Network, ["underground"], [], [new BarrierDetails(3, state, note)], []);

    private static PeerCandidate Candidate(int id, int municipality, int shared, int? homes, int daysAgo) =>
        new(id, $"Project {id}", municipality, $"Gemeente {municipality}", homes, Then.AddDays(-daysAgo), true, shared, null);
}
