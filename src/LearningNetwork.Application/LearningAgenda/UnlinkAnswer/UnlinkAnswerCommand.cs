using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;

namespace LearningNetwork.Application.LearningAgenda.UnlinkAnswer;

public sealed record UnlinkAnswerCommand(int QuestionId, int ReflectionId) : ICommand;

public sealed class UnlinkAnswerHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<UnlinkAnswerCommand>
{
    public async ValueTask<Unit> Handle(UnlinkAnswerCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.QuestionId, cancellationToken);
        if (question.Answers.All(a => a.ReflectionId != command.ReflectionId))
        {
            throw NotFoundException.For("Answer", command.ReflectionId);
        }

        question.UnlinkAnswer(command.ReflectionId, AnswerWithdrawal.Unlinked, viewer.UserId!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
