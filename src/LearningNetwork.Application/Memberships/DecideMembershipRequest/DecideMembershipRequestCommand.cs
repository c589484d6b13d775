using FluentValidation;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Memberships.DecideMembershipRequest;

/// <summary>
/// A coordinator of the municipality, or a network admin, approves or rejects an open request. A rejection
/// needs a reason; the requester is mailed either way, in their own language.
/// </summary>
public sealed record DecideMembershipRequestCommand(int RequestId, bool Approve, string? Reason) : ICommand;

public sealed class DecideMembershipRequestValidator : AbstractValidator<DecideMembershipRequestCommand>
{
    public DecideMembershipRequestValidator()
    {
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => !c.Approve).WithMessage(_ => AppTexts.RejectionReasonRequired);
        RuleFor(c => c.Reason)
            .Must(r => r is null || r.Trim().Length <= MembershipRequest.ReasonMaxLength).WithMessage(_ => AppTexts.ReasonTooLong);
    }
}

public sealed class DecideMembershipRequestHandler(
    IAppDbContext db,
    ViewerProvider viewers,
    IMailSender mail,
    IPortalLinks links,
    TimeProvider clock) : ICommandHandler<DecideMembershipRequestCommand>
{
    public async ValueTask<Unit> Handle(DecideMembershipRequestCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var request = await db.MembershipRequests.SingleOrDefaultAsync(r => r.Id == command.RequestId, cancellationToken)
            ?? throw NotFoundException.For("Membership request", command.RequestId);
        if (!request.IsPending)
        {
            throw new ValidationException([new FluentValidation.Results.ValidationFailure(string.Empty, AppTexts.MembershipRequestAlreadyDecided)]);
        }

        var municipality = await db.Municipalities.AsNoTracking().Where(m => m.Id == request.MunicipalityId).Select(m => m.Name).SingleAsync(cancellationToken);
        var requester = await db.People.SingleAsync(p => p.Id == request.UserId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        if (command.Approve)
        {
            request.Approve(viewer.UserId, now, reason);
            await MembershipChanges.JoinAsync(db, request.UserId, request.MunicipalityId, now, cancellationToken);

            // The reason is free text that may name the applicant: it stays on the request, not in the audit log.
            db.Record(clock, viewer.UserId, AuditAction.MembershipApproved, request.MunicipalityId, request.UserId);
            await TellAsync(request, requester, municipality, viewer.UserId!, NotificationTexts.Approved, to => MembershipMails.Approved(to, municipality, links.Municipality(request.MunicipalityId)), now, cancellationToken);
        }
        else
        {
            request.Reject(viewer.UserId!, now, reason!);
            db.Record(clock, viewer.UserId, AuditAction.MembershipRejected, request.MunicipalityId, request.UserId);
            await TellAsync(request, requester, municipality, viewer.UserId!, NotificationTexts.Rejected, to => MembershipMails.Rejected(to, municipality, reason!, links.Municipality(request.MunicipalityId)), now, cancellationToken);
        }

        // The decision, its notification and its mail in one save: none without the others.
        await MembershipChanges.SaveOrExplainAsync(db, AppTexts.MembershipRequestAlreadyDecided, cancellationToken);
        return Unit.Value;
    }

    private Task TellAsync(Domain.Membership.MembershipRequest request, Person requester, string municipality, string deciderId, string outcome, Func<Person, OutgoingMail> compose, DateTime now, CancellationToken cancellationToken) =>
        Notify.AddWithOwnMailAsync(
            db,
            mail,
            [requester],
            deciderId,
            new(NotificationKind.MembershipDecided, $"decision:{request.Id}", municipality, deciderId, outcome, $"/municipalities/{request.MunicipalityId}"),
            compose,
            now,
            cancellationToken);
}

/// <summary>Who may decide on a request, before the decision's reason is validated: a coordinator of its municipality or a network admin.</summary>
internal sealed class DecideMembershipRequestAccess(IAppDbContext db) : IAccessRule<DecideMembershipRequestCommand>
{
    public async ValueTask DemandAsync(DecideMembershipRequestCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var municipalityId = await db.MembershipRequests.Where(r => r.Id == message.RequestId).Select(r => (int?)r.MunicipalityId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Membership request", message.RequestId);
        Access.Demand(viewer.CanManageMembersOf(municipalityId));
    }
}
