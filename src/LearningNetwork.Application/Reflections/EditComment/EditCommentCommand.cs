using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Reflections.EditComment;

/// <summary>The author changes their comment on that reflection. Returns the reflection's id.</summary>
public sealed record EditCommentCommand(int ReflectionId, int Id, string Body) : ICommand<int>;

public sealed class EditCommentValidator : AbstractValidator<EditCommentCommand>
{
    public EditCommentValidator() => RuleFor(c => c.Body).CommentBody();
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
