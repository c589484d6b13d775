using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Werksessies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.ListWerksessies;

public sealed record WerksessieSummaryDto(int Id, string Title, int BarrierNumber, DateTime StartsAtUtc, WerksessieState State, bool Organiser, InvitationResponse? MyResponse, int People);

/// <summary>
/// The werksessies a signed-in person organises or is invited to, and those of their municipality: the coming ones
/// first (soonest first), then the past and the cancelled (latest first). With <see cref="ExperimentId"/>: of those, the
/// ones not cancelled about a barrier of that project in which its municipality takes part (for its timeline).
/// </summary>
public sealed record ListWerksessiesQuery(int? ExperimentId = null) : IQuery<IReadOnlyList<WerksessieSummaryDto>>, ISignedInOnly;

public sealed class ListWerksessiesHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache, TimeProvider clock) : IQueryHandler<ListWerksessiesQuery, IReadOnlyList<WerksessieSummaryDto>>
{
    private const int Max = 100;

    public async ValueTask<IReadOnlyList<WerksessieSummaryDto>> Handle(ListWerksessiesQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);

        // The person's own list, asked on every page of a project they read: kept for them until the next save (a planned,
        // moved or cancelled werksessie, an answer to an invitation, a change of membership all are one).
        var rows = await cache.GetAsync($"werksessies|{viewer.UserId}|{viewer.MunicipalityId}|{query.ExperimentId}", () => LoadAsync(query, viewer, cancellationToken));
        var now = clock.GetUtcNow().UtcDateTime;
        return [.. rows
            .OrderByDescending(r => r.State == WerksessieState.Planned && r.StartsAtUtc > now)
            .ThenBy(r => r.State == WerksessieState.Planned && r.StartsAtUtc > now ? r.StartsAtUtc.Ticks : -r.StartsAtUtc.Ticks)];
    }

    private async Task<List<WerksessieSummaryDto>> LoadAsync(ListWerksessiesQuery query, Viewer viewer, CancellationToken cancellationToken)
    {
        var own = viewer.MunicipalityId;
        var werksessies = db.Werksessies.AsNoTracking()
            .Where(w => w.Invitations.Any(i => i.UserId == viewer.UserId || i.MunicipalityId == own) || w.MunicipalityId == own);
        if (query.ExperimentId is { } experimentId)
        {
            var project = await db.ReadableExperiments(viewer).Where(e => e.Id == experimentId)
                .Select(e => new { e.MunicipalityId, Barriers = e.Barriers.Select(b => b.BarrierNumber).ToList() })
                .SingleOrDefaultAsync(cancellationToken);
            if (project is null)
            {
                return [];
            }

            werksessies = werksessies.Where(w => w.State == WerksessieState.Planned && project.Barriers.Contains(w.BarrierNumber)
                && (w.MunicipalityId == project.MunicipalityId || w.Invitations.Any(i => i.MunicipalityId == project.MunicipalityId)));
        }

        var rows = await werksessies
            .OrderByDescending(w => w.StartsAtUtc)
            .Take(Max)
            .Select(w => new
            {
                w.Id,
                w.Title,
                w.BarrierNumber,
                w.StartsAtUtc,
                w.State,
                Organiser = w.OrganiserUserId == viewer.UserId,
                Mine = w.Invitations.Where(i => i.UserId == viewer.UserId).Select(i => (InvitationResponse?)i.Response).FirstOrDefault(),
                People = w.Invitations.Count,
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new WerksessieSummaryDto(r.Id, r.Title, r.BarrierNumber, r.StartsAtUtc, r.State, r.Organiser, r.Mine, r.People))];
    }
}
