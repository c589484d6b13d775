using FluentValidation;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.ModerateComment;

/// <summary>A network admin hides a comment with a reason, or shows it again; audited. Returns the reflection's id.</summary>
public sealed record ModerateCommentCommand(int Id, bool Hide, string? Reason) : ICommand<int>, Moderation.IModerationCommand, INetworkAdminOnly;

public sealed class ModerateCommentValidator : Moderation.ModerationValidator<ModerateCommentCommand>;

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
