using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda;

/// <summary>
/// A member puts a learning question on their municipality's agenda (no id), optionally for one of its
/// experiments, or changes its experiment, tags and visibility. The wording changes by reformulating.
/// </summary>
public sealed record SaveQuestionCommand(
    int? Id,
    int? ExperimentId,
    string Text,
    Visibility Visibility,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<string> Themes) : ICommand<int>;

/// <summary>A new wording for a question: it becomes Reformulated; the old wording stays in its history.</summary>
public sealed record ReformulateQuestionCommand(int Id, string Text, string? Note) : ICommand;

/// <summary>Marks a question answered (it needs a linked reflection) or opens it again, with a note.</summary>
public sealed record ChangeQuestionStateCommand(int Id, QuestionState State, string? Note) : ICommand;

/// <summary>Links a reflection the member can read, of any municipality, as (part of) the answer.</summary>
public sealed record LinkAnswerCommand(int QuestionId, int ReflectionId) : ICommand;

public sealed record UnlinkAnswerCommand(int QuestionId, int ReflectionId) : ICommand;

/// <summary>Takes a question off the agenda. Returns the municipality's id.</summary>
public sealed record DeleteQuestionCommand(int Id) : ICommand<int>;

internal static class QuestionRules
{
    public static IRuleBuilderOptions<T, string> QuestionText<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => AppTexts.QuestionTextRequired)
            .Must(t => t.Trim().Length <= LearningQuestion.TextMaxLength).WithMessage(_ => AppTexts.QuestionTextTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);

    public static IRuleBuilderOptions<T, string?> QuestionNote<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(n => n is null || n.Trim().Length <= LearningQuestion.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);

    /// <summary>The question to change, once <see cref="QuestionAccess"/> has let the viewer through.</summary>
    public static async Task<LearningQuestion> LoadAsync(IAppDbContext db, int id, CancellationToken cancellationToken) =>
        await db.LearningQuestions.Include(q => q.Barriers).Include(q => q.Themes).Include(q => q.Answers).SingleOrDefaultAsync(q => q.Id == id, cancellationToken)
            ?? throw NotFoundException.For("LearningQuestion", id);
}

/// <summary>
/// Who may change a learning question, before its input is validated: a member of the question's municipality
/// (a new one: anyone with a municipality); a question the viewer cannot read is 404.
/// </summary>
internal sealed class QuestionAccess(IAppDbContext db) :
    IAccessRule<SaveQuestionCommand>,
    IAccessRule<ReformulateQuestionCommand>,
    IAccessRule<ChangeQuestionStateCommand>,
    IAccessRule<LinkAnswerCommand>,
    IAccessRule<UnlinkAnswerCommand>,
    IAccessRule<DeleteQuestionCommand>
{
    public async ValueTask DemandAsync(SaveQuestionCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        if (message.Id is { } id)
        {
            await DemandEditableAsync(id, viewer, cancellationToken);
        }
        else
        {
            Access.Demand(viewer.CanWriteForAMunicipality());
        }
    }

    public ValueTask DemandAsync(ReformulateQuestionCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    public ValueTask DemandAsync(ChangeQuestionStateCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    public ValueTask DemandAsync(LinkAnswerCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.QuestionId, viewer, cancellationToken);

    public ValueTask DemandAsync(UnlinkAnswerCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.QuestionId, viewer, cancellationToken);

    public ValueTask DemandAsync(DeleteQuestionCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    private async ValueTask DemandEditableAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var municipalityId = await db.ReadableQuestions(viewer).Where(q => q.Id == id).Select(q => (int?)q.MunicipalityId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("LearningQuestion", id);
        Access.Demand(viewer.CanEditContentOf(municipalityId));
    }
}

public sealed class SaveQuestionValidator : AbstractValidator<SaveQuestionCommand>
{
    public SaveQuestionValidator()
    {
        RuleFor(c => c.Text).QuestionText();
        RuleFor(c => c.Visibility).IsInEnum().WithMessage(_ => AppTexts.VisibilityUnknown);
        RuleFor(c => c.Barriers)
            .Must((c, barriers) => barriers.Count + c.Themes.Count > 0).WithMessage(_ => AppTexts.QuestionTagsRequired)
            .Must(b => b.All(n => n is >= 1 and <= Barrier.Count)).WithMessage(_ => AppTexts.BarrierUnknown);
        RuleFor(c => c.Themes).Must(t => t.Count <= 20).WithMessage(_ => AppTexts.ThemeUnknown);
    }
}

public sealed class SaveQuestionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SaveQuestionCommand, int>
{
    public async ValueTask<int> Handle(SaveQuestionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var municipalityId = viewer.MunicipalityId!.Value;
        var themes = command.Themes.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        var failures = new List<ValidationFailure>();
        if (await db.Themes.CountAsync(t => themes.Contains(t.Key), cancellationToken) != themes.Count)
        {
            failures.Add(new ValidationFailure(nameof(command.Themes), AppTexts.ThemeUnknown));
        }

        if (command.ExperimentId is { } experimentId
            && !await db.Experiments.AnyAsync(e => e.Id == experimentId && e.DeletedAtUtc == null && e.MunicipalityId == municipalityId, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(command.ExperimentId), AppTexts.QuestionExperimentUnknown));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        LearningQuestion question;
        if (command.Id is { } id)
        {
            question = await QuestionRules.LoadAsync(db, id, cancellationToken);
            question.Update(command.ExperimentId, command.Visibility, command.Barriers, themes, now);
        }
        else
        {
            question = new LearningQuestion(municipalityId, command.ExperimentId, command.Text, command.Visibility, command.Barriers, themes, viewer.UserId!, now);
            db.LearningQuestions.Add(question);
        }

        await db.SaveChangesAsync(cancellationToken);
        return question.Id;
    }
}

public sealed class ReformulateQuestionValidator : AbstractValidator<ReformulateQuestionCommand>
{
    public ReformulateQuestionValidator()
    {
        RuleFor(c => c.Text).QuestionText();
        RuleFor(c => c.Note).QuestionNote();
    }
}

public sealed class ReformulateQuestionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ReformulateQuestionCommand>
{
    public async ValueTask<Unit> Handle(ReformulateQuestionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.Id, cancellationToken);
        if (string.Equals(question.Text, command.Text.Trim(), StringComparison.Ordinal))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Text), AppTexts.QuestionTextUnchanged)]);
        }

        question.Reformulate(command.Text, command.Note, viewer.UserId!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class ChangeQuestionStateValidator : AbstractValidator<ChangeQuestionStateCommand>
{
    public ChangeQuestionStateValidator()
    {
        RuleFor(c => c.State).Must(s => s is QuestionState.Answered or QuestionState.Open).WithMessage(_ => AppTexts.QuestionStateUnknown);
        RuleFor(c => c.Note).QuestionNote();
    }
}

public sealed class ChangeQuestionStateHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ChangeQuestionStateCommand>
{
    public async ValueTask<Unit> Handle(ChangeQuestionStateCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.State == QuestionState.Answered)
        {
            if (question.Answers.Count == 0)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.QuestionNeedsAnswer)]);
            }

            question.MarkAnswered(command.Note, viewer.UserId!, now);
        }
        else
        {
            question.Reopen(command.Note, viewer.UserId!, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class LinkAnswerHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<LinkAnswerCommand>
{
    public async ValueTask<Unit> Handle(LinkAnswerCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.QuestionId, cancellationToken);
        if (!await db.ReadableReflections(viewer).AnyAsync(r => r.Id == command.ReflectionId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerReflectionUnknown)]);
        }

        if (!question.LinkAnswer(command.ReflectionId, viewer.UserId!, clock.GetUtcNow().UtcDateTime))
        {
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerAlreadyLinked)]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click linked it a moment ago.
            db.ClearChangeTracker();
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerAlreadyLinked)]);
        }
        return Unit.Value;
    }
}

public sealed class UnlinkAnswerHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<UnlinkAnswerCommand>
{
    public async ValueTask<Unit> Handle(UnlinkAnswerCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.QuestionId, cancellationToken);
        if (question.Answers.All(a => a.ReflectionId != command.ReflectionId))
        {
            throw NotFoundException.For("Answer", command.ReflectionId);
        }

        question.UnlinkAnswer(command.ReflectionId, AnswerWithdrawal.Unlinked, viewer.UserId!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

public sealed class DeleteQuestionHandler(IAppDbContext db) : ICommandHandler<DeleteQuestionCommand, int>
{
    public async ValueTask<int> Handle(DeleteQuestionCommand command, CancellationToken cancellationToken)
    {
        var question = await QuestionRules.LoadAsync(db, command.Id, cancellationToken);
        db.LearningQuestions.Remove(question);
        await db.SaveChangesAsync(cancellationToken);
        return question.MunicipalityId;
    }
}
