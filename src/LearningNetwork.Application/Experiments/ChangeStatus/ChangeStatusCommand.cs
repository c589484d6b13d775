using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Experiments;
using Mediator;

namespace LearningNetwork.Application.Experiments.ChangeStatus;

/// <summary>Moves an experiment to another status (back too) with a short note; Stalled and Stopped need a reason.</summary>
public sealed record ChangeStatusCommand(int ExperimentId, int Version, ExperimentStatus To, string Note, string? Reason) : ICommand;

public sealed class ChangeStatusValidator : AbstractValidator<ChangeStatusCommand>
{
    public ChangeStatusValidator()
    {
        RuleFor(c => c.To).IsInEnum().WithMessage(_ => AppTexts.StatusUnknown);
        RuleFor(c => c.Note)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => AppTexts.StatusNoteRequired)
            .Must(n => n.Trim().Length <= Experiment.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.To.NeedsReason()).WithMessage(_ => AppTexts.StatusReasonRequired)
            .Must(r => r is null || r.Trim().Length <= Experiment.ReasonMaxLength).WithMessage(_ => AppTexts.ReasonTooLong);
    }
}

public sealed class ChangeStatusHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ChangeStatusCommand>
{
    public async ValueTask<Unit> Handle(ChangeStatusCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadForEditAsync(db, command.ExperimentId, command.Version, cancellationToken);
        experiment.ChangeStatus(command.To, command.Note, command.Reason, (await viewers.GetAsync(cancellationToken)).UserId!, clock.GetUtcNow().UtcDateTime);
        await ExperimentAccess.SaveAsync(db, experiment, cancellationToken);
        return Unit.Value;
    }
}
