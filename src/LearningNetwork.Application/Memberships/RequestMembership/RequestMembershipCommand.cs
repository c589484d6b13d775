using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships.RequestMembership;

public enum MembershipRequestOutcome
{
    Pending,
    Approved,
}

/// <summary>
/// A signed-in user asks to join a municipality. Approved at once when the municipality approves its own e-mail
/// domain and the address is on it; otherwise its coordinators (or, without coordinators, the network admins)
/// are mailed. One open request per person; joining another municipality is a new request.
/// </summary>
public sealed record RequestMembershipCommand(int MunicipalityId, string Motivation) : ICommand<MembershipRequestOutcome>, ISignedInOnly;

public sealed class RequestMembershipValidator : AbstractValidator<RequestMembershipCommand>
{
    public RequestMembershipValidator()
    {
        RuleFor(c => c.MunicipalityId).GreaterThan(0).WithMessage(_ => AppTexts.MunicipalityChoose);
        RuleFor(c => c.Motivation)
            .Must(m => !string.IsNullOrWhiteSpace(m)).WithMessage(_ => AppTexts.MotivationRequired)
            .Must(m => m.Trim().Length <= MembershipRequest.MotivationMaxLength).WithMessage(_ => AppTexts.MotivationTooLong);
    }
}

public sealed class RequestMembershipHandler(
    IAppDbContext db,
    ViewerProvider viewers,
    IMailSender mail,
    IPortalLinks links,
    TimeProvider clock) : ICommandHandler<RequestMembershipCommand, MembershipRequestOutcome>
{
    public async ValueTask<MembershipRequestOutcome> Handle(RequestMembershipCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var userId = viewer.UserId!;

        var municipality = await db.Municipalities.SingleOrDefaultAsync(m => m.Id == command.MunicipalityId, cancellationToken)
            ?? throw Invalid(nameof(command.MunicipalityId), AppTexts.MunicipalityChoose);
        if (viewer.IsMemberOf(municipality.Id))
        {
            throw Invalid(nameof(command.MunicipalityId), AppTexts.MembershipAlreadyMember);
        }

        if (await db.MembershipRequests.AnyAsync(r => r.UserId == userId && r.Status == MembershipRequestStatus.Pending, cancellationToken))
        {
            throw Invalid(nameof(command.MunicipalityId), AppTexts.MembershipAlreadyPending);
        }

        var requester = await db.People.SingleAsync(p => p.Id == userId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new MembershipRequest(userId, municipality.Id, command.Motivation.Trim(), now);
        db.MembershipRequests.Add(request);
        db.Record(clock, userId, AuditAction.MembershipRequested, municipality.Id, userId);

        if (municipality.AutoApproveEmailDomains && municipality.OwnsEmailAddress(requester.Email))
        {
            request.Approve(null, now, null);
            await MembershipChanges.JoinAsync(db, userId, municipality.Id, now, cancellationToken);
            db.Record(clock, null, AuditAction.MembershipAutoApproved, municipality.Id, userId);
            mail.Enqueue(MembershipMails.Approved(requester, municipality.Name, links.Municipality(municipality.Id)));
            await MembershipChanges.SaveOrExplainAsync(db, AppTexts.MembershipAlreadyPending, cancellationToken);
            viewers.Reset();
            return MembershipRequestOutcome.Approved;
        }

        await Notify.AddWithOwnMailAsync(
            db,
            mail,
            await MembershipChanges.DecidersAsync(db, municipality.Id, cancellationToken),
            userId,
            new(NotificationKind.MembershipRequested, $"request:{municipality.Id}:{userId}:{now.Ticks}", municipality.Name, userId, null, $"/municipalities/{municipality.Id}/members"),
            decider => MembershipMails.RequestReceived(decider, requester.DisplayName, municipality.Name, request.Motivation, links.MembershipRequests(municipality.Id)),
            now,
            cancellationToken);

        // The request and the mails to those who decide it in one save: neither without the other.
        await MembershipChanges.SaveOrExplainAsync(db, AppTexts.MembershipAlreadyPending, cancellationToken);
        return MembershipRequestOutcome.Pending;
    }

    private static ValidationException Invalid(string property, string message) => new([new ValidationFailure(property, message)]);
}
