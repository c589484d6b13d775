using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.DeleteExperiment;

public static class ExperimentDeletion
{
    /// <summary>How long network admins can bring a deleted experiment back.</summary>
    public static readonly TimeSpan RestoreWindow = TimeSpan.FromDays(30);
}

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
