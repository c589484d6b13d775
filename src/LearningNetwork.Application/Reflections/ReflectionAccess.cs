using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Reflections.AddComment;
using LearningNetwork.Application.Reflections.DeleteComment;
using LearningNetwork.Application.Reflections.DeleteReflection;
using LearningNetwork.Application.Reflections.EditComment;
using LearningNetwork.Application.Reflections.GetReflectionMarkdown;
using LearningNetwork.Application.Reflections.SaveReflection;
using LearningNetwork.Application.Reflections.ToggleRecognition;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections;

/// <summary>
/// Who may write, change, mark and delete reflections and comments, before their input is validated. A reflection
/// or comment on an experiment the viewer cannot read does not exist for them (404); one they can read but is not
/// theirs is 403.
/// </summary>
internal sealed class ReflectionAccess(IAppDbContext db) :
    IAccessRule<SaveReflectionCommand>,
    IAccessRule<DeleteReflectionCommand>,
    IAccessRule<ToggleRecognitionCommand>,
    IAccessRule<GetReflectionMarkdownQuery>,
    IAccessRule<AddCommentCommand>,
    IAccessRule<EditCommentCommand>,
    IAccessRule<DeleteCommentCommand>
{
    public async ValueTask DemandAsync(SaveReflectionCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var municipalityId = await db.ReadableExperiments(viewer).Where(e => e.Id == message.ExperimentId).Select(e => (int?)e.MunicipalityId)
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Experiment", message.ExperimentId);
        if (message.Id is { } id)
        {
            var reflection = await db.Reflections.Where(r => r.Id == id && r.ExperimentId == message.ExperimentId).Select(r => new { r.AuthorUserId })
                .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Reflection", id);
            Access.Demand(viewer.CanChangeReflection(reflection.AuthorUserId, municipalityId));
        }
        else
        {
            Access.Demand(viewer.CanEditContentOf(municipalityId));
        }
    }

    public async ValueTask DemandAsync(DeleteReflectionCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var reflection = await OnReadableExperimentAsync(message.Id, viewer, cancellationToken);
        Access.Demand(viewer.CanDeleteReflection(reflection.AuthorUserId, reflection.MunicipalityId));
    }

    public async ValueTask DemandAsync(ToggleRecognitionCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!await db.ReadableReflections(viewer).AnyAsync(r => r.Id == message.ReflectionId, cancellationToken))
        {
            throw NotFoundException.For("Reflection", message.ReflectionId);
        }
    }

    public async ValueTask DemandAsync(GetReflectionMarkdownQuery message, Viewer viewer, CancellationToken cancellationToken)
    {
        var reflection = await OnReadableExperimentAsync(message.Id, viewer, cancellationToken);
        Access.Demand(viewer.CanChangeReflection(reflection.AuthorUserId, reflection.MunicipalityId));
    }

    public async ValueTask DemandAsync(AddCommentCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!await db.ReadableReflections(viewer).AnyAsync(r => r.Id == message.ReflectionId, cancellationToken))
        {
            throw NotFoundException.For("Reflection", message.ReflectionId);
        }
    }

    public async ValueTask DemandAsync(EditCommentCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var comment = await ReadableCommentAsync(message.ReflectionId, message.Id, viewer, cancellationToken);
        Access.Demand(viewer.CanChangeComment(comment.AuthorUserId, comment.Hidden));
    }

    public async ValueTask DemandAsync(DeleteCommentCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var comment = await ReadableCommentAsync(message.ReflectionId, message.Id, viewer, cancellationToken);
        Access.Demand(viewer.CanDeleteComment(comment.AuthorUserId));
    }

    /// <summary>A reflection (hidden or not, for its author) on a live experiment the viewer may read.</summary>
    private async Task<(string? AuthorUserId, int MunicipalityId)> OnReadableExperimentAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var reflection = await db.Reflections.Where(r => r.Id == id)
            .Join(db.ReadableExperiments(viewer), r => r.ExperimentId, e => e.Id, (r, e) => new { r.AuthorUserId, e.MunicipalityId })
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Reflection", id);
        return (reflection.AuthorUserId, reflection.MunicipalityId);
    }

    /// <summary>A comment on the given reflection, which the viewer may still read; anything else does not exist for them.</summary>
    private async Task<(string? AuthorUserId, bool Hidden)> ReadableCommentAsync(int reflectionId, int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var reflections = db.ReadableReflections(viewer);
        var comment = await db.Comments.Where(c => c.Id == id && c.ReflectionId == reflectionId && reflections.Any(r => r.Id == c.ReflectionId))
            .Select(c => new { c.AuthorUserId, Hidden = c.HiddenAtUtc != null })
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("Comment", id);
        return (comment.AuthorUserId, comment.Hidden);
    }
}
