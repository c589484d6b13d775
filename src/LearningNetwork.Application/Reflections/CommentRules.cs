using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections;

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
