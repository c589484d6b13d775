using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.ListOwnExperiments;

/// <summary>An experiment of the viewer's own municipality, to tie a question to.</summary>
public sealed record OwnExperimentDto(int Id, string Title, Visibility Visibility);

/// <summary>The live experiments of the viewer's municipality, by title; only members have one (403 otherwise).</summary>
public sealed record ListOwnExperimentsQuery : IQuery<IReadOnlyList<OwnExperimentDto>>;

public sealed class ListOwnExperimentsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListOwnExperimentsQuery, IReadOnlyList<OwnExperimentDto>>
{
    public async ValueTask<IReadOnlyList<OwnExperimentDto>> Handle(ListOwnExperimentsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        Access.Demand(viewer.CanWriteForAMunicipality());
        var own = viewer.MunicipalityId!.Value;
        return await db.Experiments.AsNoTracking().Where(e => e.MunicipalityId == own && e.DeletedAtUtc == null)
            .OrderBy(e => e.Title)
            .Select(e => new OwnExperimentDto(e.Id, e.Title, e.Visibility))
            .ToListAsync(cancellationToken);
    }
}
