using LearningNetwork.Application.Common.Interfaces;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.MarkNextStepDone;

/// <summary>A next step's owner (or the organiser) marks it done, or not done after all; a done step is no longer chased.</summary>
public sealed record MarkNextStepDoneCommand(int WerksessieId, int StepId, bool Done) : ICommand;

public sealed class MarkNextStepDoneHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<MarkNextStepDoneCommand>
{
    public async ValueTask<Unit> Handle(MarkNextStepDoneCommand command, CancellationToken cancellationToken)
    {
        var step = await db.HarvestNextSteps.SingleAsync(s => s.Id == command.StepId, cancellationToken);
        step.MarkDone(command.Done, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
