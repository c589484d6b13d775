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

        if (!await db.Municipalities.AnyAsync(m => m.Id == municipalityId, cancellationToken))
        {
            throw NotFoundException.For("Municipality", municipalityId);
        }

        // Ranking reads every project that overcame a barrier (hundreds on a large network): kept for all who read the
        // same rows until the next save retires it.
        return await cache.GetAsync(
            $"matches|{municipalityId}|{query.ExperimentId}|{query.BarrierNumber}|{viewer.ReadersKey()}",
            () => LoadAsync(municipalityId, query, viewer, cancellationToken),
            matches => 1 + (matches.Count / 5));
    }

    private async Task<IReadOnlyList<BarrierMatchesDto>> LoadAsync(int municipalityId, GetPeerMatchesQuery query, Viewer viewer, CancellationToken cancellationToken)
    {
        var needs = await NeedsAsync(municipalityId, query, viewer, cancellationToken);
        if (needs.Count == 0)
        {
            return [];
        }

        var numbers = needs.Select(n => n.BarrierNumber).ToList();
        var titles = await db.Barriers.AsNoTracking().Where(b => numbers.Contains(b.Number))
            .ToDictionaryAsync(b => b.Number, b => new LocalizedText(b.Title.Nl, b.Title.En), cancellationToken);
        var result = new List<BarrierMatchesDto>();
        foreach (var need in needs)
        {
            var matches = PeerMatching.Rank(await CandidatesAsync(municipalityId, need, viewer, cancellationToken), need.Homes);
            var projectIds = matches.Select(m => m.ExperimentId).ToList();
            var themes = await db.Experiments.AsNoTracking().Where(e => projectIds.Contains(e.Id))
                .SelectMany(e => e.Themes, (e, t) => new { e.Id, t.ThemeKey })
                .Where(t => need.ThemeKeys.Contains(t.ThemeKey))
                .Join(db.Themes, t => t.ThemeKey, t => t.Key, (x, t) => new { x.Id, t.SortOrder, Title = new LocalizedText(t.Title.Nl, t.Title.En) })
                .ToListAsync(cancellationToken);
            var themesOf = themes.OrderBy(t => t.SortOrder).ToLookup(t => t.Id, t => t.Title);
            result.Add(new BarrierMatchesDto(
                need.BarrierNumber,
                titles[need.BarrierNumber],
                need.Homes,
                need.ThemeKeys.Count,
                matches.Select(m => new PeerMatchDto(m.MunicipalityId, m.Municipality, m.ExperimentId, m.Title, themesOf[m.ExperimentId].ToList(), m.Homes, PeerMatching.SimilarScale(need.Homes, m.Homes), m.OvercomeAtUtc, m.OvercomeSinceKnown, m.How)).ToList()));
        }

        return result;
    }

    /// <summary>What the municipality needs help with: per barrier, the themes and scale of what it blocks.</summary>
    private async Task<List<PeerNeed>> NeedsAsync(int municipalityId, GetPeerMatchesQuery query, Viewer viewer, CancellationToken cancellationToken)
    {
        var projects = db.ReadableExperiments(viewer).AsNoTracking().Where(e => e.MunicipalityId == municipalityId);
        if (query.ExperimentId is { } experimentId)
        {
            projects = projects.Where(e => e.Id == experimentId);
        }

        var blocked = await projects
            .SelectMany(e => e.Barriers, (e, b) => new { e.Id, e.Homes, b.BarrierNumber, b.State })
            .Where(b => b.State == BarrierState.StillBlocking && (query.BarrierNumber == null || b.BarrierNumber == query.BarrierNumber))
            .Select(b => new { b.Id, b.Homes, b.BarrierNumber })
            .ToListAsync(cancellationToken);
        var blockedIds = blocked.Select(b => b.Id).Distinct().ToList();
        var projectThemes = (await db.Experiments.AsNoTracking().Where(e => blockedIds.Contains(e.Id))
            .SelectMany(e => e.Themes, (e, t) => new { e.Id, t.ThemeKey }).ToListAsync(cancellationToken))
            .ToLookup(t => t.Id, t => t.ThemeKey);

        // A municipality's own open questions about a barrier count too; a project's page asks about that project only.
        var asked = query.ExperimentId is not null
            ? []
            : await db.ReadableQuestions(viewer).AsNoTracking()
                .Where(q => q.MunicipalityId == municipalityId && q.State != QuestionState.Answered)
                .SelectMany(q => q.Barriers, (q, b) => new { q.Id, b.BarrierNumber })
                .Where(b => query.BarrierNumber == null || b.BarrierNumber == query.BarrierNumber)
                .ToListAsync(cancellationToken);
        var askedIds = asked.Select(a => a.Id).Distinct().ToList();
        var questionThemes = (await db.LearningQuestions.AsNoTracking().Where(q => askedIds.Contains(q.Id))
            .SelectMany(q => q.Themes, (q, t) => new { q.Id, t.ThemeKey }).ToListAsync(cancellationToken))
            .ToLookup(t => t.Id, t => t.ThemeKey);

        return blocked.Select(b => b.BarrierNumber).Concat(asked.Select(a => a.BarrierNumber)).Distinct().Order()
            .Select(number => new PeerNeed(
                number,
                blocked.Where(b => b.BarrierNumber == number).SelectMany(b => projectThemes[b.Id])
                    .Concat(asked.Where(a => a.BarrierNumber == number).SelectMany(a => questionThemes[a.Id]))
                    .ToHashSet(StringComparer.Ordinal),
                PeerMatching.Median(blocked.Where(b => b.BarrierNumber == number).Select(b => b.Homes))))
            .ToList();
    }

    /// <summary>Every readable, live project of another municipality open to proposals that overcame the barrier.</summary>
    private async Task<List<PeerCandidate>> CandidatesAsync(int municipalityId, PeerNeed need, Viewer viewer, CancellationToken cancellationToken)
    {
        var number = need.BarrierNumber;
        var themeKeys = need.ThemeKeys.ToList();
        return await db.ReadableExperiments(viewer).AsNoTracking()
            .Where(e => e.MunicipalityId != municipalityId)
            .SelectMany(e => e.Barriers, (e, b) => new { e, b })
            .Where(x => x.b.BarrierNumber == number && x.b.State == BarrierState.Overcome)
            .Join(db.Municipalities.Where(m => m.ProposedForWerksessies), x => x.e.MunicipalityId, m => m.Id, (x, m) => new PeerCandidate(
                x.e.Id,
                x.e.Title,
                m.Id,
                m.Name,
                x.e.Homes,
                x.b.StateSinceUtc ?? x.e.UpdatedAtUtc,
                x.b.StateSinceUtc != null,
                x.e.Themes.Count(t => themeKeys.Contains(t.ThemeKey)),
                x.b.Note))
            .ToListAsync(cancellationToken);
    }
}
