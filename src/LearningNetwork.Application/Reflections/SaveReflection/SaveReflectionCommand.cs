using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.SaveReflection;

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
        if (command.Id is { } id)
        {
            var reflection = await db.Reflections.Include(r => r.Lessons).Include(r => r.Barriers)
                .SingleOrDefaultAsync(r => r.Id == id && r.ExperimentId == command.ExperimentId, cancellationToken)
                ?? throw NotFoundException.For("Reflection", id);
            reflection.Edit(command.Kind, command.Title, command.Body, html, command.Lessons, command.Barriers, command.TimelineEntryId, now);
            await db.SaveChangesAsync(cancellationToken);
            return reflection.Id;
        }

        // The reflection gets its id from the first save, and the follow-ups name it: both saves are one transaction.
        return await db.InTransactionAsync(
            async token =>
            {
                var created = new Reflection(command.ExperimentId, viewer.UserId!, command.Kind, command.Title, command.Body, html, command.Lessons, command.Barriers, command.TimelineEntryId, now);
                db.Reflections.Add(created);
                await db.SaveChangesAsync(token);
                await FollowNotifications.AddForReflectionAsync(db, created, viewer.UserId!, now, token);
                await db.SaveChangesAsync(token);
                return created.Id;
            },
            async token =>
            {
                var saved = await db.Reflections.Where(r => r.ExperimentId == command.ExperimentId && r.AuthorUserId == viewer.UserId && r.CreatedAtUtc == now).Select(r => (int?)r.Id).FirstOrDefaultAsync(token);
                return (saved is not null, saved ?? 0);
            },
            cancellationToken);
    }
}
