using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Domain.Reflections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.AddComment;

/// <summary>Any signed-in person who may read a reflection comments on it; the Markdown is rendered and sanitised once.</summary>
public sealed record AddCommentCommand(int ReflectionId, string Body) : ICommand<int>, ISignedInOnly;

public sealed class AddCommentValidator : AbstractValidator<AddCommentCommand>
{
    public AddCommentValidator() => RuleFor(c => c.Body).CommentBody();
}

public sealed class AddCommentHandler(IAppDbContext db, ViewerProvider viewers, IMarkdownRenderer markdown, TimeProvider clock) : ICommandHandler<AddCommentCommand, int>
{
    public async ValueTask<int> Handle(AddCommentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var userId = viewer.UserId!;
        var html = markdown.ToSafeHtml(command.Body);
        var now = clock.GetUtcNow().UtcDateTime;

        // The comment gets its id from the first save; its notifications name it, so both saves are one transaction.
        return await db.InTransactionAsync(
            async token =>
            {
                var comment = new Comment(command.ReflectionId, userId, command.Body, html, now);
                db.Comments.Add(comment);
                await db.SaveChangesAsync(token);
                await NotifyAsync(comment, userId, now, token);
                await db.SaveChangesAsync(token);
                return comment.Id;
            },
            async token =>
            {
                var id = await db.Comments.Where(c => c.ReflectionId == command.ReflectionId && c.AuthorUserId == userId && c.CreatedAtUtc == now).Select(c => (int?)c.Id).FirstOrDefaultAsync(token);
                return (id is not null, id ?? 0);
            },
            cancellationToken);
    }

    /// <summary>The reflection's author, and everyone who commented under it before, each once and if they may still read it.</summary>
    private async Task NotifyAsync(Comment comment, string userId, DateTime now, CancellationToken cancellationToken)
    {
        var reflection = await ReflectionAudience.LoadAsync(db, comment.ReflectionId, cancellationToken);
        var earlier = await db.Comments.Where(c => c.ReflectionId == comment.ReflectionId && c.Id != comment.Id).Select(c => c.AuthorUserId).Distinct().ToListAsync(cancellationToken);
        var url = $"/reflections/{comment.ReflectionId}#comment-{comment.Id}";
        var key = $"comment:{comment.Id}";
        await Notify.AddAsync(db, [reflection.AuthorUserId], userId, new(NotificationKind.CommentOnMyReflection, key, reflection.Title, userId, null, url), reflection.MayRead, now, cancellationToken);
        await Notify.AddAsync(db, earlier.Where(u => u != reflection.AuthorUserId), userId, new(NotificationKind.CommentInMyThread, key, reflection.Title, userId, null, url), reflection.MayRead, now, cancellationToken);
    }
}
