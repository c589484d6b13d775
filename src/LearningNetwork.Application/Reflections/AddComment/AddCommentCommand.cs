using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Reflections;
using Mediator;

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
        var comment = new Comment(command.ReflectionId, viewer.UserId!, command.Body, markdown.ToSafeHtml(command.Body), clock.GetUtcNow().UtcDateTime);
        db.Comments.Add(comment);
        await db.SaveChangesAsync(cancellationToken);
        return comment.Id;
    }
}
