using FluentValidation;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Reflections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections;

/// <summary>Any signed-in person who may read a reflection comments on it; the Markdown is rendered and sanitised once.</summary>
public sealed record AddCommentCommand(int ReflectionId, string Body) : ICommand<int>, ISignedInOnly;

/// <summary>The author changes their comment on that reflection. Returns the reflection's id.</summary>
public sealed record EditCommentCommand(int ReflectionId, int Id, string Body) : ICommand<int>;

/// <summary>The author deletes their comment on that reflection. Returns the reflection's id.</summary>
public sealed record DeleteCommentCommand(int ReflectionId, int Id) : ICommand<int>;

/// <summary>A network admin hides a comment with a reason, or shows it again; audited. Returns the reflection's id.</summary>
public sealed record ModerateCommentCommand(int Id, bool Hide, string? Reason) : ICommand<int>, Moderation.IModerationCommand, INetworkAdminOnly;

internal static class CommentRules
{
    public static IRuleBuilderOptions<T, string> CommentBody<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(b => !string.IsNullOrWhiteSpace(b)).WithMessage(_ => AppTexts.CommentBodyRequired)
            .Must(b => b.Length <= Comment.BodyMaxLength).WithMessage(_ => AppTexts.CommentBodyTooLong);

    /// <summary>The comment to change, once <see cref="ReflectionAccess"/> has let the viewer through.</summary>
    public static async Task<Comment> LoadAsync(IAppDbContext db, int reflectionId, int id, CancellationToken cancellationToken) =>
        await db.Comments.SingleOrDefaultAsync(c => c.Id == id && c.ReflectionId == reflectionId, cancellationToken)
            ?? throw NotFoundException.For("Comment", id);
}

public sealed class AddCommentValidator : AbstractValidator<AddCommentCommand>
{
    public AddCommentValidator() => RuleFor(c => c.Body).CommentBody();
}

public sealed class EditCommentValidator : AbstractValidator<EditCommentCommand>
{
    public EditCommentValidator() => RuleFor(c => c.Body).CommentBody();
}

public sealed class ModerateCommentValidator : Moderation.ModerationValidator<ModerateCommentCommand>;

public sealed class AddCommentHandler(IAppDbContext db, ViewerProvider viewers, IMarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<AddCommentCommand, int>
{
    public async ValueTask<int> Handle(AddCommentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var comment = new Comment(command.ReflectionId, viewer.UserId!, command.Body, markdown.ToSafeHtml(command.Body), clock.GetUtcNow().UtcDateTime);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}

public sealed class EditCommentHandler(IAppDbContext db, IMarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<EditCommentCommand, int>
{
    public async ValueTask<int> Handle(EditCommentCommand command, CancellationToken cancellationToken)
    {
        var comment = await CommentRules.LoadAsync(db, command.ReflectionId, command.Id, cancellationToken);
        comment.Edit(command.Body, markdown.ToSafeHtml(command.Body), clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return comment.ReflectionId;
    }
}

public sealed class DeleteCommentHandler(IAppDbContext db) : ICommandHandler<DeleteCommentCommand, int>
{
    public async ValueTask<int> Handle(DeleteCommentCommand command, CancellationToken cancellationToken)
    {
        var comment = await CommentRules.LoadAsync(db, command.ReflectionId, command.Id, cancellationToken);
        db.Comments.Remove(comment);
        db.Reports.RemoveRange(await db.Reports.Where(r => r.Target == ReportTarget.Comment && r.TargetId == comment.Id).ToListAsync(cancellationToken));
        await db.SaveChangesAsync(cancellationToken);
        return comment.ReflectionId;
    }
}

public sealed class ModerateCommentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ModerateCommentCommand, int>
{
    public async ValueTask<int> Handle(ModerateCommentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var comment = await db.Comments.SingleOrDefaultAsync(c => c.Id == command.Id, cancellationToken)
            ?? throw NotFoundException.For("Comment", command.Id);
        var municipalityId = await db.Reflections.Where(r => r.Id == comment.ReflectionId)
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (_, e) => e.MunicipalityId)
            .SingleAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.Hide)
        {
            comment.Hide(viewer.UserId!, command.Reason!, now);
            await Moderation.ReportResolution.ResolveAsync(db, ReportTarget.Comment, comment.Id, ReportOutcome.Hidden, viewer.UserId!, now, cancellationToken);
        }
        else
        {
            comment.Unhide();
        }

        db.Record(clock, viewer.UserId, command.Hide ? AuditAction.CommentHidden : AuditAction.CommentShownAgain, municipalityId, comment.AuthorUserId, $"#{comment.Id}");
        await db.SaveChangesAsync(cancellationToken);
        return comment.ReflectionId;
    }
}
