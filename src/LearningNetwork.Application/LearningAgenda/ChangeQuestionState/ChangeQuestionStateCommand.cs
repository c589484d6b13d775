using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;

namespace LearningNetwork.Application.LearningAgenda.ChangeQuestionState;

/// <summary>Marks a question answered (it needs a linked reflection) or opens it again, with a note.</summary>
public sealed record ChangeQuestionStateCommand(int Id, QuestionState State, string? Note) : ICommand;

public sealed class ChangeQuestionStateValidator : AbstractValidator<ChangeQuestionStateCommand>
{
    public ChangeQuestionStateValidator()
    {
        RuleFor(c => c.State).Must(s => s is QuestionState.Answered or QuestionState.Open).WithMessage(_ => AppTexts.QuestionStateUnknown);
        RuleFor(c => c.Note).QuestionNote();
    }
}

public sealed class ChangeQuestionStateHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ChangeQuestionStateCommand>
{
    public async ValueTask<Unit> Handle(ChangeQuestionStateCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        if (command.State == QuestionState.Answered)
        {
            if (question.Answers.Count == 0)
            {
                throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.QuestionNeedsAnswer)]);
            }

            question.MarkAnswered(command.Note, viewer.UserId!, now);
        }
        else
        {
            question.Reopen(command.Note, viewer.UserId!, now);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
