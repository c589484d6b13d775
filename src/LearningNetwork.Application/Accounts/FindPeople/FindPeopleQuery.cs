using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.FindPeople;

/// <summary>Network admins look people up by (part of) their e-mail address.</summary>
public sealed record FindPeopleQuery(string? EmailContains) : IQuery<IReadOnlyList<AdminPersonDto>>, INetworkAdminOnly;

public sealed class FindPeopleValidator : AbstractValidator<FindPeopleQuery>
{
    public FindPeopleValidator() =>
        RuleFor(q => q.EmailContains).MaximumLength(AccountRules.EmailMaxLength).WithMessage(_ => AppTexts.EmailTooLong);
}

public sealed class FindPeopleHandler(IPeopleAdministration identity) : IQueryHandler<FindPeopleQuery, IReadOnlyList<AdminPersonDto>>
{
    public async ValueTask<IReadOnlyList<AdminPersonDto>> Handle(FindPeopleQuery query, CancellationToken cancellationToken)
    {
        return await identity.FindPeopleAsync(query.EmailContains, cancellationToken);
    }
}
