using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Anchoring.GetAnchoringWatch;

public sealed record AnchoringPageDto(string Municipality, AnchoringWatchDto Watch);

/// <summary>The anchoring watch of the viewer's own municipality, with examples; only for its members (403 otherwise).</summary>
public sealed record GetAnchoringWatchQuery : IQuery<AnchoringPageDto>;

public sealed class GetAnchoringWatchHandler(IAppDbContext db, ViewerProvider viewers, AnchoringWatch watch) : IQueryHandler<GetAnchoringWatchQuery, AnchoringPageDto>
{
    public async ValueTask<AnchoringPageDto> Handle(GetAnchoringWatchQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (viewer.MunicipalityId is not { } municipalityId)
        {
            throw new ForbiddenException("The anchoring watch is for members of a municipality.");
        }

        var name = await db.Municipalities.Where(m => m.Id == municipalityId).Select(m => m.Name).SingleAsync(cancellationToken);
        return new AnchoringPageDto(name, await watch.ForAsync(viewer, municipalityId, withExamples: true, cancellationToken));
    }
}
