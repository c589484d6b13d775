using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Accounts.DeleteMyAccount;

/// <summary>
/// Deletes the signed-in user's account after the password is re-entered: the person's name and e-mail address
/// disappear from every table; membership and requests go with them; the audit log keeps the bare id.
/// </summary>
public sealed record DeleteMyAccountCommand(string Password) : ICommand, ISignedInOnly;

public sealed class DeleteMyAccountValidator : AbstractValidator<DeleteMyAccountCommand>
{
    public DeleteMyAccountValidator() =>
        RuleFor(c => c.Password).NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);
}

public sealed class DeleteMyAccountHandler(IAccountService identity, IAppDbContext db, ISiteSearch search, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<DeleteMyAccountCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyAccountCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var userId = viewer.UserId!;
        if (viewer.IsCoordinator
            && await db.Memberships.CountAsync(m => m.MunicipalityId == viewer.MunicipalityId && m.Role == Domain.Membership.MembershipRole.Coordinator, cancellationToken) == 1)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.LastCoordinator)]);
        }

        // A wrong password is committed too: it counts towards the lockout.
        var deleted = await db.InTransactionAsync(
            async token =>
            {
                var comments = await db.Comments.Where(c => c.AuthorUserId == userId).Select(c => c.Id).ToListAsync(token);
                if (!await identity.DeleteAccountAsync(userId, command.Password))
                {
                    return false;
                }

                // The database removes the person's comments with the account; the search forgets them in the same transaction.
                await search.RefreshAsync(Domain.Search.SearchKind.Comment, comments, token);

                // What others were told of this person's actions stays, without whom: the name goes with the account.
                await db.Notifications.Where(n => n.ActorUserId == userId).ExecuteUpdateAsync(set => set.SetProperty(n => n.ActorUserId, (string?)null), token);

                db.Record(clock, userId, AuditAction.AccountDeleted, viewer.MunicipalityId, userId);
                await db.SaveChangesAsync(token);
                return true;
            },
            async token => await db.People.AnyAsync(p => p.Id == userId, token) ? (false, false) : (true, true),
            cancellationToken);
        if (!deleted)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.Password), AppTexts.CurrentPasswordWrong)]);
        }

        viewers.Reset();
        return Unit.Value;
    }
}
