using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Moderation.ReportContent;
using LearningNetwork.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Moderation;

/// <summary>What is reported must be something the reporter can read, checked before the reason is validated.</summary>
internal sealed class ReportContentAccess(IAppDbContext db) : IAccessRule<ReportContentCommand>
{
    public async ValueTask DemandAsync(ReportContentCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var reflections = db.ReadableReflections(viewer);
        var readable = message.Target switch
        {
            ReportTarget.Reflection => await reflections.AnyAsync(r => r.Id == message.TargetId, cancellationToken),
            ReportTarget.Comment => await db.Comments.AnyAsync(c => c.Id == message.TargetId && c.HiddenAtUtc == null && reflections.Any(r => r.Id == c.ReflectionId), cancellationToken),

            // Not a kind of content at all: the validator says so.
            _ => true,
        };
        if (!readable)
        {
            throw NotFoundException.For(message.Target.ToString(), message.TargetId);
        }
    }
}
