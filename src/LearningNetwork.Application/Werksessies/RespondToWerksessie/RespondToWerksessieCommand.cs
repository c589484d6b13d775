using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Werksessies;
using Mediator;

namespace LearningNetwork.Application.Werksessies.RespondToWerksessie;

/// <summary>Someone invited accepts or declines a planned werksessie in the portal; they may change their mind until it starts.</summary>
public sealed record RespondToWerksessieCommand(int Id, InvitationResponse Response) : ICommand;

public sealed class RespondToWerksessieValidator : AbstractValidator<RespondToWerksessieCommand>
{
    public RespondToWerksessieValidator() =>
        RuleFor(c => c.Response).Must(r => r is InvitationResponse.Accepted or InvitationResponse.Declined).WithMessage(_ => AppTexts.WerksessieResponseUnknown);
}

public sealed class RespondToWerksessieHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<RespondToWerksessieCommand>
{
    public async ValueTask<Unit> Handle(RespondToWerksessieCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var werksessie = await WerksessieAccess.LoadAsync(db, command.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        WerksessieRules.DemandUpcoming(werksessie, now);
        if (command.Response == InvitationResponse.Accepted
            && await WerksessieOverlap.FindAsync(db, werksessie.Id, werksessie.StartsAtUtc, werksessie.EndsAtUtc, [viewer.UserId!], nameof(command.Response), cancellationToken) is { Count: > 0 } overlaps)
        {
            throw new ValidationException(overlaps);
        }

        werksessie.Invitations.Single(i => i.UserId == viewer.UserId).Respond(command.Response, now);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
