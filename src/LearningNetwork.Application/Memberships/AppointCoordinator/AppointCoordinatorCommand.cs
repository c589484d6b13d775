using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Accounts;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships.AppointCoordinator;

/// <summary>
/// A network admin appoints a coordinator by e-mail address: the first one of a municipality, or another.
/// Someone without a municipality joins it as coordinator; a member elsewhere must move by request first.
/// </summary>
public sealed record AppointCoordinatorCommand(int MunicipalityId, string Email) : ICommand, INetworkAdminOnly;

public sealed class AppointCoordinatorValidator : AbstractValidator<AppointCoordinatorCommand>
{
    public AppointCoordinatorValidator() => RuleFor(c => c.Email).ValidEmail();
}

public sealed class AppointCoordinatorHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<AppointCoordinatorCommand>
{
    public async ValueTask<Unit> Handle(AppointCoordinatorCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await db.Municipalities.AnyAsync(m => m.Id == command.MunicipalityId, cancellationToken))
        {
            throw NotFoundException.For("Municipality", command.MunicipalityId);
        }

        var email = AccountRules.NormalizeEmail(command.Email);
        var person = await db.People.SingleOrDefaultAsync(p => p.Email == email, cancellationToken)
            ?? throw Invalid(AppTexts.CoordinatorUnknownEmail);
        var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == person.Id, cancellationToken);
        if (membership is not null && membership.MunicipalityId != command.MunicipalityId)
        {
            throw Invalid(AppTexts.CoordinatorMemberElsewhere);
        }

        if (membership is null)
        {
            db.Memberships.Add(new Membership(person.Id, command.MunicipalityId, MembershipRole.Coordinator, clock.GetUtcNow().UtcDateTime));
        }
        else
        {
            membership.ChangeRole(MembershipRole.Coordinator);
        }

        // An open request of the same person is settled by the appointment.
        var open = await db.MembershipRequests.Where(r => r.UserId == person.Id && r.Status == MembershipRequestStatus.Pending).ToListAsync(cancellationToken);
        open.ForEach(r => r.Withdraw(clock.GetUtcNow().UtcDateTime));
        db.Record(clock, viewer.UserId, AuditAction.CoordinatorAppointed, command.MunicipalityId, person.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static ValidationException Invalid(string message) =>
        new([new ValidationFailure(nameof(AppointCoordinatorCommand.Email), message)]);
}
