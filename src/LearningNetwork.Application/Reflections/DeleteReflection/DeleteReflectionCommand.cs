using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.DeleteReflection;

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
