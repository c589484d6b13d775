using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.DeleteExperiment;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.RestoreExperiment;

/// <summary>A network admin brings back an experiment deleted less than 30 days ago.</summary>
public sealed record RestoreExperimentCommand(int Id) : ICommand, INetworkAdminOnly;

public sealed class RestoreExperimentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<RestoreExperimentCommand>
{
    public async ValueTask<Unit> Handle(RestoreExperimentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var experiment = await db.Experiments.SingleOrDefaultAsync(e => e.Id == command.Id && e.DeletedAtUtc != null, cancellationToken)
            ?? throw NotFoundException.For("Deleted experiment", command.Id);
        if (clock.GetUtcNow().UtcDateTime - experiment.DeletedAtUtc!.Value > ExperimentDeletion.RestoreWindow)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.RestoreTooLate)]);
        }

        experiment.Restore();
        db.Record(clock, viewer.UserId, AuditAction.ExperimentRestored, experiment.MunicipalityId, details: $"#{experiment.Id} {experiment.Title}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
