using FluentValidation;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Experiments;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Anchoring.DismissAnchoringFlag;

/// <summary>
/// A member of the project's municipality sets a flag of the anchoring watch aside, saying why ("de opvolger is al
/// ingewerkt"); it no longer shows on the watch, in the digest or as the project's continuity warning, and the reason
/// is listed for colleagues. Setting aside what already is aside keeps the first reason.
/// </summary>
public sealed record DismissAnchoringFlagCommand(int ExperimentId, AnchoringFlagKind Kind, string Reason) : ICommand;

public sealed class DismissAnchoringFlagValidator : AbstractValidator<DismissAnchoringFlagCommand>
{
    public DismissAnchoringFlagValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => AppTexts.RecordChoiceUnknown);
        RuleFor(c => c.Reason).Cascade(CascadeMode.Stop)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => AppTexts.AnchoringReasonRequired)
            .Must(r => r.Trim().Length <= AnchoringDismissal.ReasonMaxLength).WithMessage(_ => AppTexts.AnchoringReasonTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);
    }
}

public sealed class DismissAnchoringFlagHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<DismissAnchoringFlagCommand>
{
    public async ValueTask<Unit> Handle(DismissAnchoringFlagCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadAsync(db, command.ExperimentId, withDetails: false, cancellationToken);
        if (await db.AnchoringDismissals.AnyAsync(d => d.ExperimentId == experiment.Id && d.Kind == command.Kind, cancellationToken))
        {
            return Unit.Value;
        }

        var userId = (await viewers.GetAsync(cancellationToken)).UserId!;
        db.AnchoringDismissals.Add(new AnchoringDismissal(experiment.Id, command.Kind, command.Reason, userId, clock.GetUtcNow().UtcDateTime));
        db.Record(clock, userId, AuditAction.AnchoringFlagDismissed, experiment.MunicipalityId, details: $"#{experiment.Id} {command.Kind}: {command.Reason.Trim()}");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone set it aside at the same moment, and theirs stands; anything else is not this.
            db.ClearChangeTracker();
            if (!await db.AnchoringDismissals.AnyAsync(d => d.ExperimentId == command.ExperimentId && d.Kind == command.Kind, cancellationToken))
            {
                throw;
            }
        }

        return Unit.Value;
    }
}
