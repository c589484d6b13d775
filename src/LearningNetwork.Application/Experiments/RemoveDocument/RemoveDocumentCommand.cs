using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.RemoveDocument;

/// <summary>A member of the project's municipality removes one of its documents, with its bytes.</summary>
public sealed record RemoveDocumentCommand(int ExperimentId, int DocumentId) : ICommand;

public sealed class RemoveDocumentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock, ReadCache cache) : ICommandHandler<RemoveDocumentCommand>
{
    public async ValueTask<Unit> Handle(RemoveDocumentCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadAsync(db, command.ExperimentId, withDetails: false, cancellationToken);
        var document = await db.ExperimentDocuments.Include(d => d.Contents)
            .SingleOrDefaultAsync(d => d.Id == command.DocumentId && d.ExperimentId == experiment.Id, cancellationToken)
            ?? throw NotFoundException.For("Document", command.DocumentId);
        db.ExperimentDocuments.Remove(document);
        db.Record(clock, (await viewers.GetAsync(cancellationToken)).UserId!, AuditAction.DocumentRemoved, experiment.MunicipalityId, details: $"#{experiment.Id} {document.FileName}");
        await db.SaveChangesAsync(cancellationToken);
        await DocumentList.TouchAsync(db, cache, experiment.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
        return Unit.Value;
    }
}
