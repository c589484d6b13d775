using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.GetPeerMatches;

/// <summary>
/// A municipality proposed for a werksessie, with why: the project in which it overcame the barrier, the themes it
/// shares with those still blocked, its scale beside theirs, and when it overcame the barrier
/// (<see cref="OvercomeSinceKnown"/>: or, for a barrier recorded before that was kept, when the project last changed).
/// </summary>
public sealed record PeerMatchDto(
    int MunicipalityId,
    string Municipality,
    int ExperimentId,
    string ExperimentTitle,
    IReadOnlyList<LocalizedText> SharedThemes,
    int? Homes,
    bool SimilarScale,
    DateTime OvercomeAtUtc,
    bool OvercomeSinceKnown,
    string? How);

/// <summary>A barrier still blocking the municipality (or asked about in its open questions), and who overcame it.</summary>
public sealed record BarrierMatchesDto(int BarrierNumber, LocalizedText BarrierTitle, int? OurHomes, int ThemesConsidered, IReadOnlyList<PeerMatchDto> Matches);

/// <summary>
/// Who could help: for each barrier that still blocks one of a municipality's projects, or that one of its open learning
/// questions is about, the one to three other municipalities that overcame it, ranked by the themes they share, a
/// similar scale and how recently. With <see cref="ExperimentId"/>, for that project's blocking barriers only; with
/// <see cref="BarrierNumber"/>, for that barrier only; without <see cref="MunicipalityId"/>, for the viewer's own
/// municipality (none for a viewer without one). For the signed in: who is matched is not for the open web.
/// </summary>
public sealed record GetPeerMatchesQuery(int? MunicipalityId, int? ExperimentId = null, int? BarrierNumber = null) : IQuery<IReadOnlyList<BarrierMatchesDto>>, ISignedInOnly;

public sealed class GetPeerMatchesHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache) : IQueryHandler<GetPeerMatchesQuery, IReadOnlyList<BarrierMatchesDto>>
{
    public async ValueTask<IReadOnlyList<BarrierMatchesDto>> Handle(GetPeerMatchesQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (query.MunicipalityId is not { } municipalityId)
        {
            return viewer.MunicipalityId is { } own ? await Handle(query with { MunicipalityId = own }, cancellationToken) : [];
        }

        // Ranking reads every project that overcame a barrier (hundreds on a large network): kept for all who read the
        // same rows until the next save retires it. An unknown municipality throws before anything is kept, so a page
        // served from the cache runs no command for it.
        return await cache.GetAsync(
            $"matches|{municipalityId}|{query.ExperimentId}|{query.BarrierNumber}|{viewer.ReadersKey()}",
            async () => await db.Municipalities.AnyAsync(m => m.Id == municipalityId, cancellationToken)
                ? await PeerMatchReader.ReadAsync(db, viewer, municipalityId, query.ExperimentId, query.BarrierNumber, cancellationToken)
                : throw NotFoundException.For("Municipality", municipalityId),
            matches => 1 + (matches.Count / 5));
    }
}
