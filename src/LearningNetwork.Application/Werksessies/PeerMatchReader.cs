using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Werksessies.GetPeerMatches;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>
/// Reads who could help a municipality (ADR 0016): its needs per barrier, every readable candidate project of another
/// municipality open to proposals that overcame the barrier, ranked by <see cref="PeerMatching"/>.
/// </summary>
internal static class PeerMatchReader
{
    public static async Task<IReadOnlyList<BarrierMatchesDto>> ReadAsync(IAppDbContext db, Viewer viewer, int municipalityId, int? experimentId, int? barrierNumber, CancellationToken cancellationToken)
    {
        var needs = await NeedsAsync(db, viewer, municipalityId, experimentId, barrierNumber, cancellationToken);
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
            var matches = PeerMatching.Rank(await CandidatesAsync(db, viewer, municipalityId, need, cancellationToken), need.Homes);
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
    private static async Task<List<PeerNeed>> NeedsAsync(IAppDbContext db, Viewer viewer, int municipalityId, int? experimentId, int? barrierNumber, CancellationToken cancellationToken)
    {
        var projects = db.ReadableExperiments(viewer).AsNoTracking().Where(e => e.MunicipalityId == municipalityId);
        if (experimentId is { } project)
        {
            projects = projects.Where(e => e.Id == project);
        }

        var blocked = await projects
            .SelectMany(e => e.Barriers, (e, b) => new { e.Id, e.Homes, b.BarrierNumber, b.State })
            .Where(b => b.State == BarrierState.StillBlocking && (barrierNumber == null || b.BarrierNumber == barrierNumber))
            .Select(b => new { b.Id, b.Homes, b.BarrierNumber })
            .ToListAsync(cancellationToken);
        var blockedIds = blocked.Select(b => b.Id).Distinct().ToList();
        var projectThemes = (await db.Experiments.AsNoTracking().Where(e => blockedIds.Contains(e.Id))
            .SelectMany(e => e.Themes, (e, t) => new { e.Id, t.ThemeKey }).ToListAsync(cancellationToken))
            .ToLookup(t => t.Id, t => t.ThemeKey);

        // A municipality's own open questions about a barrier count too; a project's page asks about that project only.
        var asked = experimentId is not null
            ? []
            : await db.ReadableQuestions(viewer).AsNoTracking()
                .Where(q => q.MunicipalityId == municipalityId && q.State != QuestionState.Answered)
                .SelectMany(q => q.Barriers, (q, b) => new { q.Id, b.BarrierNumber })
                .Where(b => barrierNumber == null || b.BarrierNumber == barrierNumber)
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
    private static async Task<List<PeerCandidate>> CandidatesAsync(IAppDbContext db, Viewer viewer, int municipalityId, PeerNeed need, CancellationToken cancellationToken)
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
