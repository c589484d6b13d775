using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.SaveExperiment;

/// <summary>
/// Records a new experiment of the member's own municipality (no id), or saves one. The municipality is never
/// taken from the form: a new experiment belongs to the member's municipality, an existing one keeps its own.
/// A save that started from an older version is refused with <see cref="ConflictException"/>.
/// </summary>
public sealed record SaveExperimentCommand(int? Id, int Version, ExperimentInput Input, ExperimentStatus InitialStatus, string? Note) : ICommand<int>;

public sealed class SaveExperimentValidator : AbstractValidator<SaveExperimentCommand>
{
    public SaveExperimentValidator()
    {
        RuleFor(c => c.Input).SetValidator(new ExperimentInputValidator()).OverridePropertyName(string.Empty);
        RuleFor(c => c.InitialStatus).IsInEnum().WithMessage(_ => AppTexts.StatusUnknown)
            .Must(s => !s.NeedsReason()).When(c => c.Id is null).WithMessage(_ => AppTexts.StatusUnknown);
        RuleFor(c => c.Note).Must(n => n is null || n.Trim().Length <= Experiment.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);
    }
}

public sealed class SaveExperimentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SaveExperimentCommand, int>
{
    public async ValueTask<int> Handle(SaveExperimentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Id is { } id)
        {
            var experiment = await ExperimentAccess.LoadAsync(db, id, withDetails: true, cancellationToken);
            var example = await CheckAsync(command.Input, experiment.MunicipalityId, id, cancellationToken);
            ExperimentAccess.AtVersion(db, experiment, command.Version);
            var overcome = experiment.Barriers.Where(b => b.State == BarrierState.Overcome).Select(b => b.BarrierNumber).ToHashSet();
            var wasDraft = experiment.Visibility == Domain.Common.Visibility.Draft;
            experiment.Update(command.Input.ToDetails(example), now);
            await BarrierNotifications.AddAsync(db, experiment, overcome, viewer.UserId!, now, cancellationToken);
            if (wasDraft)
            {
                // A draft shown to the network for the first time is new to those who follow it.
                await FollowNotifications.AddForProjectAsync(db, experiment, viewer.UserId!, now, cancellationToken);
            }

            await ExperimentAccess.SaveAsync(db, experiment, cancellationToken);
            return experiment.Id;
        }

        var municipalityId = viewer.MunicipalityId!.Value;
        var chosen = await CheckAsync(command.Input, municipalityId, null, cancellationToken);
        var note = string.IsNullOrWhiteSpace(command.Note) ? AppTexts.TimelineRecorded : command.Note.Trim();

        // A new project gets its id from the first save, and its notifications name it: both saves are one transaction.
        return await db.InTransactionAsync(
            async token =>
            {
                var experiment = new Experiment(municipalityId, command.Input.ToDetails(chosen), command.InitialStatus, viewer.UserId!, now, note);
                db.Experiments.Add(experiment);
                await ExperimentAccess.SaveAsync(db, experiment, token);
                await BarrierNotifications.AddAsync(db, experiment, new HashSet<int>(), viewer.UserId!, now, token);
                await FollowNotifications.AddForProjectAsync(db, experiment, viewer.UserId!, now, token);
                await db.SaveChangesAsync(token);
                return experiment.Id;
            },
            async token =>
            {
                var saved = await db.Experiments.Where(e => e.CreatedByUserId == viewer.UserId && e.CreatedAtUtc == now).Select(e => (int?)e.Id).FirstOrDefaultAsync(token);
                return (saved is not null, saved ?? 0);
            },
            cancellationToken);
    }

    /// <summary>
    /// What only the database knows: the theme keys exist, the contact person is a member of the municipality and
    /// the schetsboek example (if any) is one of the municipality's own and not yet another of its projects. Returns
    /// that example's id.
    /// </summary>
    private async Task<int?> CheckAsync(ExperimentInput input, int municipalityId, int? experimentId, CancellationToken cancellationToken)
    {
        var failures = new List<ValidationFailure>();
        var keys = input.Themes.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        if (await db.Themes.CountAsync(t => keys.Contains(t.Key), cancellationToken) != keys.Count)
        {
            failures.Add(new ValidationFailure(nameof(input.Themes), AppTexts.ThemeUnknown));
        }

        if (!string.IsNullOrWhiteSpace(input.ContactUserId)
            && !await db.Memberships.AnyAsync(m => m.UserId == input.ContactUserId && m.MunicipalityId == municipalityId, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(input.ContactUserId), AppTexts.ContactNotMember));
        }

        int? example = null;
        if (!string.IsNullOrWhiteSpace(input.SchetsboekExample))
        {
            var key = input.SchetsboekExample.Trim();
            example = await db.SourcedExamples.Where(e => e.Key == key && e.Municipalities.Any(m => m.MunicipalityId == municipalityId))
                .Select(e => (int?)e.Id).SingleOrDefaultAsync(cancellationToken);
            if (example is null)
            {
                failures.Add(new ValidationFailure(nameof(input.SchetsboekExample), AppTexts.SchetsboekExampleNotYours));
            }
            else if (await db.Experiments.AnyAsync(e => e.SourcedExampleId == example && e.MunicipalityId == municipalityId && e.DeletedAtUtc == null && e.Id != experimentId, cancellationToken))
            {
                failures.Add(new ValidationFailure(nameof(input.SchetsboekExample), AppTexts.SchetsboekExampleClaimed));
            }
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return example;
    }
}
