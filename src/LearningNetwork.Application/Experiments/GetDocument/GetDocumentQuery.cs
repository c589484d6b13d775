using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.GetDocument;

/// <summary>A document's bytes to serve, with the name and type to serve them under.</summary>
public sealed record DocumentFileDto(string FileName, DocumentType Type, byte[] Bytes)
{
    public string ContentType => DocumentTypes.ContentType(Type);
}

/// <summary>
/// One variant of a document, for those who may read its project (a deleted or hidden project's documents are 404 as the
/// project is); <see cref="DocumentVariant.Display"/> exists for images only.
/// </summary>
public sealed record GetDocumentQuery(int ExperimentId, int DocumentId, DocumentVariant Variant) : IQuery<DocumentFileDto>;

public sealed class GetDocumentHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetDocumentQuery, DocumentFileDto>
{
    public async ValueTask<DocumentFileDto> Handle(GetDocumentQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await db.ExperimentDocuments.AsNoTracking()
            .Where(d => d.Id == query.DocumentId && d.ExperimentId == query.ExperimentId && db.ReadableExperiments(viewer).Any(e => e.Id == d.ExperimentId))
            .SelectMany(d => d.Contents.Where(c => c.Variant == query.Variant), (d, c) => new DocumentFileDto(d.FileName, d.Type, c.Bytes))
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Document", query.DocumentId);
    }
}
