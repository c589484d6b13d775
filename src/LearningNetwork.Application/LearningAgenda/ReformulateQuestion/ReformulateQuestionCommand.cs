using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.LearningAgenda.ReformulateQuestion;

/// <summary>A new wording for a question: it becomes Reformulated; the old wording stays in its history.</summary>
public sealed record ReformulateQuestionCommand(int Id, string Text, string? Note) : ICommand;

public sealed class ReformulateQuestionValidator : AbstractValidator<ReformulateQuestionCommand>
{
    public ReformulateQuestionValidator()
    {
        RuleFor(c => c.Text).QuestionText();
        RuleFor(c => c.Note).QuestionNote();
    }
}

public sealed class ReformulateQuestionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ReformulateQuestionCommand>
{
    public async ValueTask<Unit> Handle(ReformulateQuestionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.Id, cancellationToken);
        if (string.Equals(question.Text, command.Text.Trim(), StringComparison.Ordinal))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Text), AppTexts.QuestionTextUnchanged)]);
        }

        question.Reformulate(command.Text, command.Note, viewer.UserId!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
