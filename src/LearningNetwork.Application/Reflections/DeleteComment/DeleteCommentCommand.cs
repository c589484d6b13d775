using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.DeleteComment;

/// <summary>The author deletes their comment on that reflection. Returns the reflection's id.</summary>
public sealed record DeleteCommentCommand(int ReflectionId, int Id) : ICommand<int>;

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
