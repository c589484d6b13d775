using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using Mediator;

namespace LearningNetwork.Application.Accounts.SetAccountDisabled;

/// <summary>A network admin blocks an account (its sessions end at their next request) or unblocks it; audited.</summary>
public sealed record SetAccountDisabledCommand(string UserId, bool Disabled) : ICommand, INetworkAdminOnly;

public sealed class SetAccountDisabledHandler(IPeopleAdministration identity, IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SetAccountDisabledCommand>
{
    public async ValueTask<Unit> Handle(SetAccountDisabledCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (command.UserId == viewer.UserId)
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.CannotDisableSelf)]);
        }

        if (!await identity.SetDisabledAsync(command.UserId, command.Disabled))
        {
            throw NotFoundException.For("Person", command.UserId);
        }

        db.Record(clock, viewer.UserId, command.Disabled ? AuditAction.AccountDisabled : AuditAction.AccountEnabled, null, command.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
