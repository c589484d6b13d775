using FluentValidation;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.DeleteExperiment;

/// <summary>A member deletes their municipality's experiment (after confirming); it disappears everywhere but is kept.</summary>
public sealed record DeleteExperimentCommand(int Id, int Version) : ICommand;

public sealed class DeleteExperimentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<DeleteExperimentCommand>
{
    public async ValueTask<Unit> Handle(DeleteExperimentCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadForEditAsync(db, command.Id, command.Version, cancellationToken);
        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        var now = clock.GetUtcNow().UtcDateTime;
        experiment.Delete(userId, now);
        var reflections = await db.Reflections.Where(r => r.ExperimentId == experiment.Id).Select(r => r.Id).ToListAsync(cancellationToken);
        await AnswerLinks.WithdrawAsync(db, reflections, AnswerWithdrawal.Deleted, userId, now, cancellationToken);
        db.Record(clock, userId, AuditAction.ExperimentDeleted, experiment.MunicipalityId, details: $"#{experiment.Id} {experiment.Title}");
        await ExperimentAccess.SaveAsync(db, experiment, cancellationToken);
        return Unit.Value;
    }
}
