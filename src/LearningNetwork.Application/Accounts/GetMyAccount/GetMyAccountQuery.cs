using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Accounts.GetMyAccount;

public sealed record MyMembershipDto(int MunicipalityId, string MunicipalityName, MembershipRole Role);

public sealed record MyRequestDto(int MunicipalityId, string MunicipalityName, DateTime CreatedAtUtc);

public sealed record MyAccountDto(
    string DisplayName,
    string Email,
    string? JobTitle,
    string PreferredLanguage,
    bool IsNetworkAdmin,
    MyMembershipDto? Membership,
    MyRequestDto? PendingRequest);

/// <summary>The signed-in user's profile, municipality and open request.</summary>
public sealed record GetMyAccountQuery : IQuery<MyAccountDto>, ISignedInOnly;

public sealed class GetMyAccountHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetMyAccountQuery, MyAccountDto>
{
    public async ValueTask<MyAccountDto> Handle(GetMyAccountQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var userId = viewer.UserId!;
        var person = await db.People.SingleAsync(p => p.Id == userId, cancellationToken);
        var membership = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId)
            .Join(db.Municipalities, m => m.MunicipalityId, g => g.Id, (m, g) => new MyMembershipDto(g.Id, g.Name, m.Role))
            .SingleOrDefaultAsync(cancellationToken);
        var request = await db.MembershipRequests.AsNoTracking()
            .Where(r => r.UserId == userId && r.Status == MembershipRequestStatus.Pending)
            .Join(db.Municipalities, r => r.MunicipalityId, g => g.Id, (r, g) => new MyRequestDto(g.Id, g.Name, r.CreatedAtUtc))
            .SingleOrDefaultAsync(cancellationToken);
        return new MyAccountDto(person.DisplayName, person.Email, person.JobTitle, person.PreferredLanguage, viewer.IsNetworkAdmin, membership, request);
    }
}
