using LearningNetwork.Application.Werksessies.GetPeerMatches;

namespace LearningNetwork.Web.Pages.Shared;

/// <summary>
/// The proposed municipalities for a werksessie (<c>_PeerMatches</c>): per barrier on a project's and a municipality's
/// page, for one barrier (no heading per barrier) on the barrier's page. <see cref="For"/> names whose needs they are;
/// <see cref="CanPropose"/> offers a werksessie to members of that municipality, about <see cref="ExperimentId"/> when set.
/// </summary>
public sealed record PeerMatchesModel(IReadOnlyList<BarrierMatchesDto> Groups, string For, bool BarrierHeadings, bool CanPropose, int? ExperimentId = null);
