using LearningNetwork.Application.Common.Interfaces;
using Mediator;

namespace LearningNetwork.Application.Werksessies.CancelWerksessie;

/// <summary>
/// The organiser calls a planned werksessie off. Everyone invited gets the cancellation (METHOD CANCEL, the same UID,
/// a higher sequence), so their calendar removes the event, whatever they answered.
/// </summary>
public sealed record CancelWerksessieCommand(int Id) : ICommand;

public sealed class CancelWerksessieHandler(IAppDbContext db, IMailSender mail, IPortalLinks links, ICalendarWriter calendar, TimeProvider clock)
    : ICommandHandler<CancelWerksessieCommand>
{
    public async ValueTask<Unit> Handle(CancelWerksessieCommand command, CancellationToken cancellationToken)
    {
        var werksessie = await WerksessieAccess.LoadAsync(db, command.Id, cancellationToken);
        WerksessieRules.DemandUpcoming(werksessie, clock.GetUtcNow().UtcDateTime);
        var now = clock.GetUtcNow().UtcDateTime;
        werksessie.Cancel(now);
        var data = await WerksessieMails.LoadAsync(db, werksessie, cancellationToken);
        foreach (var invitee in data.Invitees)
        {
            mail.Enqueue(WerksessieMails.Compose(WerksessieMailKind.Cancellation, invitee.Person, data, links, calendar, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
