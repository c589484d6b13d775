using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using Mediator;

namespace LearningNetwork.Application.Accounts.ManageAccounts;

/// <summary>Network admins look people up by (part of) their e-mail address.</summary>
public sealed record FindPeopleQuery(string? EmailContains) : IQuery<IReadOnlyList<AdminPersonDto>>, INetworkAdminOnly;

public sealed class FindPeopleValidator : AbstractValidator<FindPeopleQuery>
{
    public FindPeopleValidator() =>
        RuleFor(q => q.EmailContains).MaximumLength(AccountRules.EmailMaxLength).WithMessage(_ => AppTexts.EmailTooLong);
}

public sealed class FindPeopleHandler(IIdentityService identity) : IQueryHandler<FindPeopleQuery, IReadOnlyList<AdminPersonDto>>
{
    public async ValueTask<IReadOnlyList<AdminPersonDto>> Handle(FindPeopleQuery query, CancellationToken cancellationToken)
    {
        return await identity.FindPeopleAsync(query.EmailContains, cancellationToken);
    }
}

/// <summary>A network admin ends all of a person's sessions (a lost phone, a shared computer); audited.</summary>
public sealed record EndSessionsCommand(string UserId) : ICommand, INetworkAdminOnly;

public sealed class EndSessionsHandler(IIdentityService identity, IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<EndSessionsCommand>
{
    public async ValueTask<Unit> Handle(EndSessionsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await identity.EndSessionsAsync(command.UserId))
        {
            throw NotFoundException.For("Person", command.UserId);
        }

        db.Record(clock, viewer.UserId, AuditAction.SessionsEnded, null, command.UserId);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A network admin blocks an account (its sessions end at their next request) or unblocks it; audited.</summary>
public sealed record SetAccountDisabledCommand(string UserId, bool Disabled) : ICommand, INetworkAdminOnly;

public sealed class SetAccountDisabledHandler(IIdentityService identity, IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SetAccountDisabledCommand>
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
