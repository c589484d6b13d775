using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Experiments;
using Mediator;

namespace LearningNetwork.Application.Experiments.AddTimelineEntry;

/// <summary>A member adds a milestone, a setback or an eye-opener to the experiment's learning history.</summary>
public sealed record AddTimelineEntryCommand(int ExperimentId, int Version, TimelineEntryKind Kind, string Note) : ICommand;

public sealed class AddTimelineEntryValidator : AbstractValidator<AddTimelineEntryCommand>
{
    public AddTimelineEntryValidator()
    {
        RuleFor(c => c.Kind).Must(k => k is TimelineEntryKind.Milestone or TimelineEntryKind.Setback or TimelineEntryKind.EyeOpener)
            .WithMessage(_ => AppTexts.TimelineKindUnknown);
        RuleFor(c => c.Note)
            .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => AppTexts.TimelineNoteRequired)
            .Must(n => n.Trim().Length <= Experiment.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);
    }
}

public sealed class AddTimelineEntryHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<AddTimelineEntryCommand>
{
    public async ValueTask<Unit> Handle(AddTimelineEntryCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadForEditAsync(db, command.ExperimentId, command.Version, cancellationToken);
        experiment.AddToTimeline(command.Kind, command.Note, (await viewers.GetAsync(cancellationToken)).UserId!, clock.GetUtcNow().UtcDateTime);
        await ExperimentAccess.SaveAsync(db, experiment, cancellationToken);
        return Unit.Value;
    }
}
