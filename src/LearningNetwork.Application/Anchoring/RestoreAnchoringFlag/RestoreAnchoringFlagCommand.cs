using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Anchoring.RestoreAnchoringFlag;

/// <summary>Shows a flag that was set aside again.</summary>
public sealed record RestoreAnchoringFlagCommand(int ExperimentId, AnchoringFlagKind Kind) : ICommand;

public sealed class RestoreAnchoringFlagHandler(IAppDbContext db) : ICommandHandler<RestoreAnchoringFlagCommand>
{
    public async ValueTask<Unit> Handle(RestoreAnchoringFlagCommand command, CancellationToken cancellationToken)
    {
        await db.AnchoringDismissals.Where(d => d.ExperimentId == command.ExperimentId && d.Kind == command.Kind).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}
