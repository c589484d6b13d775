using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Werksessies;
using Mediator;

namespace LearningNetwork.Application.Werksessies.RescheduleWerksessie;

/// <summary>
/// The organiser changes a planned werksessie's title, time, place or agenda. Everyone invited who has not declined gets
/// the update, with the event under the same UID and a higher sequence, so their calendar moves it.
/// </summary>
public sealed record RescheduleWerksessieCommand(
    int Id,
    string Title,
    string Date,
    string StartTime,
    string EndTime,
    bool Online,
    string? Location,
    string Agenda) : ICommand, IWerksessieInput;

public sealed class RescheduleWerksessieValidator : AbstractValidator<RescheduleWerksessieCommand>
{
    public RescheduleWerksessieValidator(TimeProvider clock) => Include(new WerksessieInputValidator<RescheduleWerksessieCommand>(clock));
}

public sealed class RescheduleWerksessieHandler(IAppDbContext db, IMailSender mail, IPortalLinks links, ICalendarWriter calendar, IMarkdownRenderer markdown, TimeProvider clock)
    : ICommandHandler<RescheduleWerksessieCommand>
{
    public async ValueTask<Unit> Handle(RescheduleWerksessieCommand command, CancellationToken cancellationToken)
    {
        var werksessie = await WerksessieAccess.LoadAsync(db, command.Id, cancellationToken);
        WerksessieRules.DemandUpcoming(werksessie, clock.GetUtcNow().UtcDateTime);
        var people = werksessie.Invitations.Where(i => i.Response != InvitationResponse.Declined).Select(i => i.UserId).ToList();
        var overlaps = await WerksessieOverlap.FindAsync(db, werksessie.Id, command, people, cancellationToken);
        if (overlaps.Count > 0)
        {
            throw new ValidationException(overlaps);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        werksessie.Reschedule(WerksessieTimes.Details(command, markdown), now);
        var data = await WerksessieMails.LoadAsync(db, werksessie, cancellationToken);
        foreach (var invitee in data.Invitees.Where(i => i.Response != InvitationResponse.Declined))
        {
            mail.Enqueue(WerksessieMails.Compose(WerksessieMailKind.Update, invitee.Person, data, links, calendar, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
