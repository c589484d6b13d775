using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.DeleteExperiment;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.ListDeletedExperiments;

public sealed record DeletedExperimentDto(int Id, string Title, string Municipality, DateTime DeletedAtUtc, string? DeletedBy, bool Restorable);

/// <summary>The deleted experiments of the last 30 days, for network admins.</summary>
public sealed record ListDeletedExperimentsQuery : IQuery<IReadOnlyList<DeletedExperimentDto>>, INetworkAdminOnly;

public sealed class ListDeletedExperimentsHandler(IAppDbContext db, TimeProvider clock) : IQueryHandler<ListDeletedExperimentsQuery, IReadOnlyList<DeletedExperimentDto>>
{
    public async ValueTask<IReadOnlyList<DeletedExperimentDto>> Handle(ListDeletedExperimentsQuery query, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - ExperimentDeletion.RestoreWindow;
        return await db.Experiments.AsNoTracking()
            .Where(e => e.DeletedAtUtc != null && e.DeletedAtUtc > since)
            .OrderByDescending(e => e.DeletedAtUtc)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e, m.Name })
            .LeftJoin(db.People, x => x.e.DeletedByUserId, p => p.Id, (x, p) => new DeletedExperimentDto(x.e.Id, x.e.Title, x.Name, x.e.DeletedAtUtc!.Value, p == null ? null : p.DisplayName, true))
            .ToListAsync(cancellationToken);
    }
}
