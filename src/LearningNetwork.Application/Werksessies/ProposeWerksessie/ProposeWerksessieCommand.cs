using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Domain.Werksessies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.ProposeWerksessie;

/// <summary>
/// A member proposes a werksessie about a barrier their municipality still meets (from a blocked project or an open
/// question) and invites people of two to four municipalities, at most eight in all. Each invitee gets a mail with the
/// event as an iCalendar file, through the outbox, in the same transaction as the werksessie.
/// </summary>
public sealed record ProposeWerksessieCommand(
    int BarrierNumber,
    int? ExperimentId,
    int? QuestionId,
    string Title,
    string Date,
    string StartTime,
    string EndTime,
    bool Online,
    string? Location,
    string Agenda,
    IReadOnlyList<string> Invitees) : ICommand<int>, ISignedInOnly, IWerksessieInput;

public sealed class ProposeWerksessieValidator : AbstractValidator<ProposeWerksessieCommand>
{
    public ProposeWerksessieValidator(TimeProvider clock)
    {
        RuleFor(c => c.BarrierNumber).InclusiveBetween(1, Barrier.Count).WithMessage(_ => AppTexts.BarrierUnknown);
        Include(new WerksessieInputValidator<ProposeWerksessieCommand>(clock));
        RuleFor(c => c.Invitees)
            .Must(i => i.Count > 0).WithMessage(_ => AppTexts.WerksessieInviteesRequired)
            .Must(i => i.Distinct().Count() <= Werksessie.MaxPeople - 1).WithMessage(_ => string.Format(System.Globalization.CultureInfo.CurrentUICulture, AppTexts.WerksessieTooMany, Werksessie.MaxPeople));
    }
}

public sealed class ProposeWerksessieHandler(IAppDbContext db, ViewerProvider viewers, IMailSender mail, IPortalLinks links, ICalendarWriter calendar, IMarkdownRenderer markdown, TimeProvider clock)
    : ICommandHandler<ProposeWerksessieCommand, int>
{
    public async ValueTask<int> Handle(ProposeWerksessieCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var organiserMunicipality = viewer.MunicipalityId!.Value;
        var invitees = command.Invitees.Where(id => id != viewer.UserId).Distinct().ToList();
        var failures = new List<ValidationFailure>();

        if (command.ExperimentId is { } experimentId
            && !await db.ReadableExperiments(viewer).AnyAsync(e => e.Id == experimentId && e.MunicipalityId == organiserMunicipality, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(command.ExperimentId), AppTexts.QuestionExperimentUnknown));
        }

        if (command.QuestionId is { } questionId
            && !await db.ReadableQuestions(viewer).AnyAsync(q => q.Id == questionId && q.MunicipalityId == organiserMunicipality && q.State != QuestionState.Answered, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(command.QuestionId), AppTexts.WerksessieQuestionUnknown));
        }

        // Whom the portal proposed for this barrier (the municipality must still meet it), and one's own colleagues:
        // no one else is invited, and a municipality that opted out is not proposed.
        var proposed = (await PeerMatchReader.ReadAsync(db, viewer, organiserMunicipality, command.ExperimentId, command.BarrierNumber, cancellationToken))
            .SingleOrDefault(b => b.BarrierNumber == command.BarrierNumber);
        if (proposed is null)
        {
            failures.Add(new ValidationFailure(nameof(command.BarrierNumber), AppTexts.WerksessieBarrierNotOurs));
        }

        var allowed = (proposed?.Matches.Select(m => m.MunicipalityId) ?? []).Append(organiserMunicipality).ToHashSet();
        var people = await db.Memberships.AsNoTracking().Where(m => invitees.Contains(m.UserId))
            .Join(db.People, m => m.UserId, p => p.Id, (m, p) => new { p.Id, p.DisplayName, p.EmailConfirmed, p.Blocked, m.MunicipalityId })
            .ToListAsync(cancellationToken);
        if (people.Count != invitees.Count)
        {
            failures.Add(new ValidationFailure(nameof(command.Invitees), AppTexts.WerksessieInviteeUnknown));
        }

        foreach (var person in people.Where(p => !allowed.Contains(p.MunicipalityId)))
        {
            failures.Add(new ValidationFailure(nameof(command.Invitees), string.Format(System.Globalization.CultureInfo.CurrentUICulture, AppTexts.WerksessieInviteeNotProposed, person.DisplayName)));
        }

        foreach (var person in people.Where(p => !p.EmailConfirmed || p.Blocked))
        {
            failures.Add(new ValidationFailure(nameof(command.Invitees), string.Format(System.Globalization.CultureInfo.CurrentUICulture, AppTexts.WerksessieInviteeUnconfirmed, person.DisplayName)));
        }

        var municipalities = people.Select(p => p.MunicipalityId).Append(organiserMunicipality).Distinct().Count();
        if (municipalities is < Werksessie.MinMunicipalities or > Werksessie.MaxMunicipalities)
        {
            failures.Add(new ValidationFailure(nameof(command.Invitees), AppTexts.WerksessieMunicipalities));
        }

        if (failures.Count == 0)
        {
            failures.AddRange(await WerksessieOverlap.FindAsync(db, null, command, [viewer.UserId!, .. invitees], cancellationToken));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var municipalityOf = people.ToDictionary(p => p.Id, p => p.MunicipalityId);
        return await db.InTransactionAsync(
            async token =>
            {
                var now = clock.GetUtcNow().UtcDateTime;
                var werksessie = new Werksessie(WerksessieTimes.Details(command, markdown), command.BarrierNumber, organiserMunicipality, command.ExperimentId, command.QuestionId, viewer.UserId!, now);
                werksessie.Invite(viewer.UserId!, organiserMunicipality, InvitationResponse.Accepted, now);
                foreach (var invitee in invitees)
                {
                    werksessie.Invite(invitee, municipalityOf[invitee], InvitationResponse.Pending, now);
                }

                db.Werksessies.Add(werksessie);
                await db.SaveChangesAsync(token);
                var data = await WerksessieMails.LoadAsync(db, werksessie, token);
                foreach (var invitee in data.Invitees)
                {
                    mail.Enqueue(WerksessieMails.Compose(WerksessieMailKind.Invitation, invitee.Person, data, links, calendar, now));
                }

                await db.SaveChangesAsync(token);
                return werksessie.Id;
            },
            async token =>
            {
                var landed = await db.Werksessies.AsNoTracking().Where(w => w.OrganiserUserId == viewer.UserId && w.Title == command.Title.Trim())
                    .OrderByDescending(w => w.Id).Select(w => (int?)w.Id).FirstOrDefaultAsync(token);
                return (landed is not null, landed ?? 0);
            },
            cancellationToken);
    }
}
