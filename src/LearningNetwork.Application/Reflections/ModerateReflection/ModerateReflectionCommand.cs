using FluentValidation;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.ModerateReflection;

/// <summary>A network admin hides a reflection with a reason (moderation), or shows it again; both are audited.</summary>
public sealed record ModerateReflectionCommand(int Id, bool Hide, string? Reason) : ICommand<int>, Moderation.IModerationCommand, INetworkAdminOnly;

public sealed class ModerateReflectionValidator : Moderation.ModerationValidator<ModerateReflectionCommand>;

public sealed class ModerateReflectionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ModerateReflectionCommand, int>
{
    public async ValueTask<int> Handle(ModerateReflectionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var reflection = await db.Reflections.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw NotFoundException.For("Reflection", command.Id);
        var experiment = await db.Experiments.AsNoTracking().Where(e => e.Id == reflection.ExperimentId).Select(e => new { e.Id, e.MunicipalityId }).SingleAsync(cancellationToken);
        if (command.Hide)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            reflection.Hide(viewer.UserId!, command.Reason!, now);
            await AnswerLinks.WithdrawAsync(db, [reflection.Id], AnswerWithdrawal.Hidden, viewer.UserId!, now, cancellationToken);
            await Moderation.ReportResolution.ResolveAsync(db, ReportTarget.Reflection, reflection.Id, ReportOutcome.Hidden, viewer.UserId!, now, cancellationToken);
        }
        else
        {
            reflection.Unhide();
        }

        db.Record(clock, viewer.UserId, command.Hide ? Domain.Audit.AuditAction.ReflectionHidden : Domain.Audit.AuditAction.ReflectionShownAgain, experiment.MunicipalityId, reflection.AuthorUserId, $"#{reflection.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return experiment.Id;
    }
}
