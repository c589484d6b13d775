using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using Mediator;

namespace LearningNetwork.Application.LearningAgenda.UnlinkSchetsboekAnswer;

/// <summary>Undoes a link between a reflection and a question of the schetsboek: the member who made it, or a network admin.</summary>
public sealed record UnlinkSchetsboekAnswerCommand(string Key, int ReflectionId) : ICommand;

public sealed class UnlinkSchetsboekAnswerHandler(IAppDbContext db) : ICommandHandler<UnlinkSchetsboekAnswerCommand>
{
    public async ValueTask<Unit> Handle(UnlinkSchetsboekAnswerCommand command, CancellationToken cancellationToken)
    {
        var question = await SchetsboekAnswers.LoadAsync(db, command.Key, cancellationToken);
        question.UnlinkAnswer(command.ReflectionId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
