using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections;

/// <summary>
/// Writes a reflection on an experiment (no id; members of its municipality) or edits one (its author). The
/// Markdown is rendered and sanitised here, once, and the HTML stored.
/// </summary>
public sealed record SaveReflectionCommand(
    int? Id,
    int ExperimentId,
    ReflectionKind Kind,
    string Title,
    string Body,
    IReadOnlyList<int> Lessons,
    IReadOnlyList<int> Barriers,
    int? TimelineEntryId) : ICommand<int>;

public sealed class SaveReflectionValidator : AbstractValidator<SaveReflectionCommand>
{
    public SaveReflectionValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => AppTexts.ReflectionKindUnknown);
        RuleFor(c => c.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => AppTexts.ReflectionTitleRequired)
            .Must(t => t.Trim().Length <= Reflection.TitleMaxLength).WithMessage(_ => AppTexts.ReflectionTitleTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(c => c.Body)
            .Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => AppTexts.ReflectionBodyRequired)
            .Must(b => b.Length <= Reflection.BodyMaxLength).WithMessage(_ => AppTexts.ReflectionBodyTooLong);
        RuleFor(c => c.Lessons)
            .Must((c, lessons) => lessons.Count + c.Barriers.Count > 0).WithMessage(_ => AppTexts.ReflectionTagsRequired)
            .Must(l => l.All(n => n is >= 1 and <= Lesson.Count)).WithMessage(_ => AppTexts.LessonUnknown);
        RuleFor(c => c.Barriers).Must(b => b.All(n => n is >= 1 and <= Barrier.Count)).WithMessage(_ => AppTexts.BarrierUnknown);
    }
}

public sealed class SaveReflectionHandler(IAppDbContext db, ViewerProvider viewers, IMarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<SaveReflectionCommand, int>
{
    public async ValueTask<int> Handle(SaveReflectionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (command.TimelineEntryId is { } entry
            && !await db.Experiments.Where(e => e.Id == command.ExperimentId).SelectMany(e => e.Timeline).AnyAsync(t => t.Id == entry, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.TimelineEntryId), AppTexts.TimelineEntryUnknown)]);
        }

        var html = markdown.ToSafeHtml(command.Body);
        var now = clock.GetUtcNow().UtcDateTime;
        Reflection reflection;
        if (command.Id is { } id)
        {
            reflection = await db.Reflections.Include(r => r.Lessons).Include(r => r.Barriers)
                .SingleOrDefaultAsync(r => r.Id == id && r.ExperimentId == command.ExperimentId, cancellationToken)
                ?? throw NotFoundException.For("Reflection", id);
            reflection.Edit(command.Kind, command.Title, command.Body, html, command.Lessons, command.Barriers, command.TimelineEntryId, now);
        }
        else
        {
            reflection = new Reflection(command.ExperimentId, viewer.UserId!, command.Kind, command.Title, command.Body, html, command.Lessons, command.Barriers, command.TimelineEntryId, now);
            db.Reflections.Add(reflection);
        }

        await db.SaveChangesAsync(cancellationToken);
        return reflection.Id;
    }
}

/// <summary>Deletes a reflection: its author, or a coordinator of the experiment's municipality.</summary>
public sealed record DeleteReflectionCommand(int Id) : ICommand<int>;

public sealed class DeleteReflectionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<DeleteReflectionCommand, int>
{
    public async ValueTask<int> Handle(DeleteReflectionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var reflection = await db.Reflections.SingleOrDefaultAsync(r => r.Id == command.Id, cancellationToken)
            ?? throw NotFoundException.For("Reflection", command.Id);
        db.Reflections.Remove(reflection);
        await AnswerLinks.WithdrawAsync(db, [reflection.Id], AnswerWithdrawal.Deleted, viewer.UserId!, clock.GetUtcNow().UtcDateTime, cancellationToken);

        // Its comments go with it in the database; the reports on both have no foreign key to follow.
        var comments = db.Comments.Where(c => c.ReflectionId == reflection.Id).Select(c => c.Id);
        db.Reports.RemoveRange(await db.Reports
            .Where(r => (r.Target == ReportTarget.Reflection && r.TargetId == reflection.Id) || (r.Target == ReportTarget.Comment && comments.Contains(r.TargetId)))
            .ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return reflection.ExperimentId;
    }
}

/// <summary>Marks a reflection "herkenbaar" (recognisable), or takes the mark back: one per person. True when marked now.</summary>
public sealed record ToggleRecognitionCommand(int ReflectionId) : ICommand<bool>, ISignedInOnly;

public sealed class ToggleRecognitionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ToggleRecognitionCommand, bool>
{
    public async ValueTask<bool> Handle(ToggleRecognitionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var reflectionId = command.ReflectionId;
        var existing = await db.Recognitions.SingleOrDefaultAsync(r => r.ReflectionId == reflectionId && r.UserId == viewer.UserId, cancellationToken);
        if (existing is not null)
        {
            await db.RemoveMarkAsync(existing, cancellationToken);
            return false;
        }

        db.Recognitions.Add(new Recognition(reflectionId, viewer.UserId!, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click raced this one: whatever the clicks left in place is what the person sees.
            db.ClearChangeTracker();
            return await db.Recognitions.AnyAsync(r => r.ReflectionId == reflectionId && r.UserId == viewer.UserId, cancellationToken);
        }

        return true;
    }
}

/// <summary>The Markdown as it will look, for the preview button: rendered and sanitised like the real thing.</summary>
public sealed record PreviewMarkdownQuery(string Body) : IQuery<string>;

public sealed class PreviewMarkdownHandler(IMarkdownRenderer markdown) : IQueryHandler<PreviewMarkdownQuery, string>
{
    public ValueTask<string> Handle(PreviewMarkdownQuery query, CancellationToken cancellationToken) =>
        ValueTask.FromResult(markdown.ToSafeHtml(query.Body.Length > Reflection.BodyMaxLength ? query.Body[..Reflection.BodyMaxLength] : query.Body));
}

/// <summary>The Markdown of a reflection, for its author's edit form.</summary>
public sealed record GetReflectionMarkdownQuery(int Id) : IQuery<string>;

public sealed class GetReflectionMarkdownHandler(IAppDbContext db) : IQueryHandler<GetReflectionMarkdownQuery, string>
{
    public async ValueTask<string> Handle(GetReflectionMarkdownQuery query, CancellationToken cancellationToken) =>
        await db.Reflections.Where(r => r.Id == query.Id).Select(r => r.BodyMarkdown).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Reflection", query.Id);
}

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
