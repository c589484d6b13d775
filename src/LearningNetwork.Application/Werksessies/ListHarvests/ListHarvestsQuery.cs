using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.ListHarvests;

/// <summary>A published harvest as a list shows it: what it was about, when, and how much it yielded.</summary>
public sealed record HarvestSummaryDto(int WerksessieId, string Title, int BarrierNumber, DateTime StartsAtUtc, DateTime PublishedAtUtc, int EyeOpeners, int Rewordings, int NextSteps);

/// <summary>
/// The published harvests the viewer may read (visitors the public ones), newest first; about one barrier when given.
/// How a visitor finds what werksessies yielded (on the barrier's page), and a member (there and on <c>/werksessies</c>).
/// </summary>
public sealed record ListHarvestsQuery(int? BarrierNumber = null, int Max = 20) : IQuery<IReadOnlyList<HarvestSummaryDto>>;

public sealed class ListHarvestsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListHarvestsQuery, IReadOnlyList<HarvestSummaryDto>>
{
    public async ValueTask<IReadOnlyList<HarvestSummaryDto>> Handle(ListHarvestsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var barrier = query.BarrierNumber;
        return await HarvestAccess.Published(db, viewer).AsNoTracking()
            .Join(db.Werksessies, h => h.WerksessieId, w => w.Id, (h, w) => new { h, w })
            .Where(x => barrier == null || x.w.BarrierNumber == barrier)
            .OrderByDescending(x => x.h.PublishedAtUtc).ThenByDescending(x => x.h.Id)
            .Take(Math.Clamp(query.Max, 1, 100))
            .Select(x => new HarvestSummaryDto(x.w.Id, x.w.Title, x.w.BarrierNumber, x.w.StartsAtUtc, x.h.PublishedAtUtc!.Value, x.h.EyeOpeners.Count, x.h.Rewordings.Count, x.h.NextSteps.Count))
            .ToListAsync(cancellationToken);
    }
}
