using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Domain.Werksessies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.SaveHarvest;

/// <summary>An eye-opener as typed: about a project of a municipality taking part; <see cref="Consent"/> ticked by someone of that municipality.</summary>
public sealed record EyeOpenerRow(int Id, int ExperimentId, string Title, string Body, IReadOnlyList<int> Lessons, bool Consent);

/// <summary>A new wording for a learning question of the saver's municipality.</summary>
public sealed record RewordingRow(int Id, int QuestionId, string Text, string? Note);

/// <summary>A next step with its owner (someone who took part) and its date as the date field gives it (<c>2027-03-30</c>).</summary>
public sealed record NextStepRow(int Id, string Description, string OwnerUserId, string DueDate);

/// <summary>
/// Records a werksessie's harvest (its organiser, once it began) or adds to and corrects it (anyone who took part, for
/// a week). The whole form at once; <see cref="Version"/> is the version the form was drawn from, so a save over
/// someone else's newer one is refused with a clear message instead of undoing it.
/// </summary>
public sealed record SaveHarvestCommand(
    int WerksessieId,
    int Version,
    Visibility Audience,
    IReadOnlyList<EyeOpenerRow> EyeOpeners,
    IReadOnlyList<RewordingRow> Rewordings,
    IReadOnlyList<NextStepRow> NextSteps) : ICommand;

public sealed class SaveHarvestValidator : AbstractValidator<SaveHarvestCommand>
{
    public SaveHarvestValidator()
    {
        RuleFor(c => c.Audience).Must(a => a is Visibility.Network or Visibility.Public).WithMessage(_ => AppTexts.HarvestAudienceUnknown);
        RuleFor(c => c.EyeOpeners.Count).LessThanOrEqualTo(WerksessieHarvest.MaxEyeOpeners).WithName(nameof(SaveHarvestCommand.EyeOpeners)).WithMessage(_ => AppTexts.HarvestTooManyRows);
        RuleFor(c => c.Rewordings.Count).LessThanOrEqualTo(WerksessieHarvest.MaxRewordings).WithName(nameof(SaveHarvestCommand.Rewordings)).WithMessage(_ => AppTexts.HarvestTooManyRows);
        RuleFor(c => c.NextSteps.Count).LessThanOrEqualTo(WerksessieHarvest.MaxNextSteps).WithName(nameof(SaveHarvestCommand.NextSteps)).WithMessage(_ => AppTexts.HarvestTooManyRows);
        RuleFor(c => c.EyeOpeners)
            .Must((c, _) => c.EyeOpeners.Count + c.Rewordings.Count + c.NextSteps.Count > 0).WithMessage(_ => AppTexts.HarvestEmpty);
        RuleForEach(c => c.EyeOpeners).ChildRules(row =>
        {
            row.RuleFor(r => r.Title)
                .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => AppTexts.ReflectionTitleRequired)
                .Must(t => t is null || t.Trim().Length <= Reflection.TitleMaxLength).WithMessage(_ => AppTexts.ReflectionTitleTooLong)
                .Must(t => t is null || PlainText.IsOneLine(t)).WithMessage(_ => AppTexts.OneLineOnly);
            row.RuleFor(r => r.Body)
                .Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => AppTexts.ReflectionBodyRequired)
                .Must(b => b is null || b.Length <= Reflection.BodyMaxLength).WithMessage(_ => AppTexts.ReflectionBodyTooLong);
            row.RuleFor(r => r.Lessons).Must(l => l.All(n => n is >= 1 and <= Lesson.Count)).WithMessage(_ => AppTexts.LessonUnknown);
        });
        RuleForEach(c => c.Rewordings).ChildRules(row =>
        {
            row.RuleFor(r => r.Text).QuestionText();
            row.RuleFor(r => r.Note).QuestionNote();
        });
        RuleFor(c => c.Rewordings)
            .Must(r => r.Select(x => x.QuestionId).Distinct().Count() == r.Count).WithMessage(_ => AppTexts.HarvestQuestionTwice);
        RuleForEach(c => c.NextSteps).ChildRules(row =>
        {
            row.RuleFor(r => r.Description)
                .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => AppTexts.HarvestStepRequired)
                .Must(d => d is null || d.Trim().Length <= WerksessieHarvest.StepMaxLength).WithMessage(_ => AppTexts.HarvestStepTooLong)
                .Must(d => d is null || PlainText.IsOneLine(d)).WithMessage(_ => AppTexts.OneLineOnly);
            row.RuleFor(r => r.DueDate).Must(d => WerksessieTimes.TryDate(d, out _)).WithMessage(_ => AppTexts.HarvestStepDateInvalid);
        });
    }
}

public sealed class SaveHarvestHandler(IAppDbContext db, ViewerProvider viewers, IMarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<SaveHarvestCommand>
{
    /// <summary>How far after the werksessie a next step may be set.</summary>
    public static readonly TimeSpan StepsAhead = TimeSpan.FromDays(2 * 366);

    public async ValueTask<Unit> Handle(SaveHarvestCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var scope = await HarvestAccess.ReadableAsync(db, command.WerksessieId, viewer, cancellationToken);
        HarvestAccess.DemandEditable(scope, viewer, now);
        var me = scope.Participant(viewer)!;

        // One speaks for the municipality one was invited for only while still one of its members.
        var mine = viewer.MunicipalityId == me.MunicipalityId ? me.MunicipalityId : -1;
        var harvest = scope.HarvestId is { } harvestId
            ? await db.WerksessieHarvests.Include(h => h.EyeOpeners).Include(h => h.Rewordings).Include(h => h.NextSteps).SingleAsync(h => h.Id == harvestId, cancellationToken)
            : null;
        var failures = new List<ValidationFailure>();
        if ((harvest?.Version ?? 0) != command.Version)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.HarvestChangedMeanwhile)]);
        }

        // Only the organiser chooses to whom it is published.
        var audience = viewer.UserId == scope.OrganiserUserId ? command.Audience : harvest?.Audience ?? Visibility.Network;
        var eyeOpeners = await EyeOpenersAsync(command, scope, harvest, mine, viewer, failures, cancellationToken);
        var rewordings = await RewordingsAsync(command, harvest, mine, viewer, failures, cancellationToken);
        var steps = NextSteps(command, scope, harvest, failures);
        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        if (harvest is null)
        {
            harvest = new WerksessieHarvest(scope.WerksessieId, viewer.UserId!, now);
            db.WerksessieHarvests.Add(harvest);
        }

        else
        {
            // Saved from the version the form showed, or not at all: someone else's save (or the publication) since wins.
            db.Entry(harvest).Property(h => h.Version).OriginalValue = command.Version;
        }

        harvest.Save(audience, eyeOpeners, rewordings, steps, viewer.UserId!, now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A concurrent save, or a second first recording of the same harvest (its unique index): nothing was saved.
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.HarvestChangedMeanwhile)]);
        }

        return Unit.Value;
    }

    private async Task<List<EyeOpenerInput>> EyeOpenersAsync(SaveHarvestCommand command, HarvestScope scope, WerksessieHarvest? harvest, int mine, Viewer viewer, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        var municipalities = scope.Municipalities;
        var ids = command.EyeOpeners.Select(r => r.ExperimentId).Distinct().ToList();
        var projects = await db.ReadableExperiments(viewer)
            .Where(e => ids.Contains(e.Id) && municipalities.Contains(e.MunicipalityId))
            .Select(e => new { e.Id, e.MunicipalityId })
            .ToDictionaryAsync(e => e.Id, e => e.MunicipalityId, cancellationToken);
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalities.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var result = new List<EyeOpenerInput>();
        for (var i = 0; i < command.EyeOpeners.Count; i++)
        {
            var row = command.EyeOpeners[i];
            var field = $"{nameof(command.EyeOpeners)}[{i}]";
            var stored = harvest?.EyeOpeners.SingleOrDefault(e => e.Id == row.Id);
            if (row.Id != 0 && stored is null)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.HarvestChangedMeanwhile)]);
            }

            // A row kept on its project stays, even on a draft project the saver may not read.
            var municipality = stored?.ExperimentId == row.ExperimentId ? stored.MunicipalityId : projects.GetValueOrDefault(row.ExperimentId);
            if (municipality == 0)
            {
                failures.Add(new ValidationFailure($"{field}.{nameof(row.ExperimentId)}", AppTexts.HarvestProjectUnknown));
                continue;
            }

            var lessons = row.Lessons.Distinct().Order().ToList();
            var unchanged = stored is not null && stored.MunicipalityId == municipality && stored.ExperimentId == row.ExperimentId
                && stored.Title == row.Title.Trim() && stored.BodyMarkdown == row.Body.Trim() && stored.Lessons.SequenceEqual(lessons);
            string? consent;
            if (municipality == mine)
            {
                // Someone of the municipality gives or withdraws its consent.
                consent = row.Consent ? (unchanged ? stored!.ConsentByUserId : null) ?? viewer.UserId : null;
            }
            else if (row.Consent && !(unchanged && stored!.ConsentByUserId is not null))
            {
                failures.Add(new ValidationFailure($"{field}.{nameof(row.Consent)}", string.Format(System.Globalization.CultureInfo.CurrentCulture, AppTexts.HarvestConsentNotYours, names[municipality])));
                continue;
            }
            else
            {
                // Consent was given to these words: a change by someone else lets it lapse.
                consent = unchanged ? stored!.ConsentByUserId : null;
            }

            result.Add(new EyeOpenerInput(row.Id, municipality, row.ExperimentId, row.Title, row.Body, markdown.ToSafeHtml(row.Body.Trim()), lessons, consent));
        }

        return result;
    }

    private async Task<List<RewordingInput>> RewordingsAsync(SaveHarvestCommand command, WerksessieHarvest? harvest, int mine, Viewer viewer, List<ValidationFailure> failures, CancellationToken cancellationToken)
    {
        // Whose each stored rewording is, whoever may read its question: a municipality words its own questions only,
        // and the others' rows stay as they are (the form does not even send them).
        var stored = harvest?.Rewordings.ToList() ?? [];
        var storedIds = stored.Select(r => r.QuestionId).ToList();
        var owners = await db.LearningQuestions.Where(q => storedIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.MunicipalityId, cancellationToken);
        bool Others(HarvestRewording row) => owners.GetValueOrDefault(row.QuestionId) != mine;
        var postedIds = command.Rewordings.Select(r => r.QuestionId).Distinct().ToList();
        var questions = await db.ReadableQuestions(viewer).Where(q => postedIds.Contains(q.Id))
            .Select(q => new { q.Id, q.MunicipalityId, q.Text })
            .ToDictionaryAsync(q => q.Id, cancellationToken);
        var result = stored.Where(Others).Select(r => new RewordingInput(r.Id, r.QuestionId, r.Text, r.Note)).ToList();
        for (var i = 0; i < command.Rewordings.Count; i++)
        {
            var row = command.Rewordings[i];
            var field = $"{nameof(command.Rewordings)}[{i}]";
            var before = stored.SingleOrDefault(r => r.Id == row.Id);
            if (row.Id != 0 && before is null)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.HarvestChangedMeanwhile)]);
            }

            if (before is not null && Others(before))
            {
                continue;
            }

            if (!questions.TryGetValue(row.QuestionId, out var question) || question.MunicipalityId != mine)
            {
                failures.Add(new ValidationFailure($"{field}.{nameof(row.QuestionId)}", AppTexts.HarvestQuestionNotYours));
            }
            else if (string.Equals(question.Text, row.Text.Trim(), StringComparison.Ordinal))
            {
                failures.Add(new ValidationFailure($"{field}.{nameof(row.Text)}", AppTexts.QuestionTextUnchanged));
            }
            else
            {
                result.Add(new RewordingInput(row.Id, row.QuestionId, row.Text, row.Note));
            }
        }

        return result;
    }

    private static List<NextStepInput> NextSteps(SaveHarvestCommand command, HarvestScope scope, WerksessieHarvest? harvest, List<ValidationFailure> failures)
    {
        var owners = scope.Invited.Where(i => i.Response != Domain.Werksessies.InvitationResponse.Declined).Select(i => i.UserId).ToHashSet();
        var first = DateOnly.FromDateTime(WerksessieTimes.ToLocal(scope.StartsAtUtc));
        var last = DateOnly.FromDateTime(WerksessieTimes.ToLocal(scope.StartsAtUtc + StepsAhead));
        var result = new List<NextStepInput>();
        for (var i = 0; i < command.NextSteps.Count; i++)
        {
            var row = command.NextSteps[i];
            var field = $"{nameof(command.NextSteps)}[{i}]";
            if (row.Id != 0 && harvest?.NextSteps.Any(s => s.Id == row.Id) != true)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.HarvestChangedMeanwhile)]);
            }

            WerksessieTimes.TryDate(row.DueDate, out var due);
            // Someone who took part; a step keeps the owner it had (one who since deleted their account, say).
            if (!owners.Contains(row.OwnerUserId) && harvest?.NextSteps.Any(s => s.Id == row.Id && s.OwnerUserId == row.OwnerUserId) != true)
            {
                failures.Add(new ValidationFailure($"{field}.{nameof(row.OwnerUserId)}", AppTexts.HarvestOwnerUnknown));
            }
            else if (due < first || due > last)
            {
                failures.Add(new ValidationFailure($"{field}.{nameof(row.DueDate)}", AppTexts.HarvestStepDateOutOfRange));
            }
            else
            {
                result.Add(new NextStepInput(row.Id, row.Description, row.OwnerUserId, due));
            }
        }

        return result;
    }
}
