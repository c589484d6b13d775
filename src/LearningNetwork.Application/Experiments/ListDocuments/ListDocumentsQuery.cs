using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.Documents;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.ListDocuments;

public sealed record ProjectDocumentsDto(int ExperimentId, string Title, bool CanEdit, IReadOnlyList<DocumentDto> Documents);

/// <summary>A project's documents with what its document form needs; 404 for a project the viewer cannot read.</summary>
public sealed record ListDocumentsQuery(int ExperimentId) : IQuery<ProjectDocumentsDto>;

public sealed class ListDocumentsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListDocumentsQuery, ProjectDocumentsDto>
{
    public async ValueTask<ProjectDocumentsDto> Handle(ListDocumentsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var project = await db.ReadableExperiments(viewer).Where(e => e.Id == query.ExperimentId)
            .Select(e => new { e.Title, e.MunicipalityId })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Experiment", query.ExperimentId);
        return new ProjectDocumentsDto(query.ExperimentId, project.Title, viewer.CanEditContentOf(project.MunicipalityId), await DocumentList.OfAsync(db, query.ExperimentId, cancellationToken));
    }
}
