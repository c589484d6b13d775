using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.LearningAgenda.DeleteQuestion;

/// <summary>Takes a question off the agenda. Returns the municipality's id.</summary>
public sealed record DeleteQuestionCommand(int Id) : ICommand<int>;

public sealed class DeleteQuestionHandler(IAppDbContext db) : ICommandHandler<DeleteQuestionCommand, int>
{
    public async ValueTask<int> Handle(DeleteQuestionCommand command, CancellationToken cancellationToken)
    {
        var question = await QuestionRules.LoadAsync(db, command.Id, cancellationToken);
        db.LearningQuestions.Remove(question);
        await db.SaveChangesAsync(cancellationToken);
        return question.MunicipalityId;
    }
}
