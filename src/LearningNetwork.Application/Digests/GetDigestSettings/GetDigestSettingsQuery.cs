using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Digests.GetDigestSettings;

public sealed record DigestSettingsDto(bool WeeklyDigest, string Language, int Follows, DigestWeek NextWeek);

/// <summary>The signed-in person's digest settings.</summary>
public sealed record GetDigestSettingsQuery : IQuery<DigestSettingsDto>, ISignedInOnly;

public sealed class GetDigestSettingsHandler(IAppDbContext db, ViewerProvider viewers, DigestSchedule schedule) : IQueryHandler<GetDigestSettingsQuery, DigestSettingsDto>
{
    public async ValueTask<DigestSettingsDto> Handle(GetDigestSettingsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var person = await db.People.SingleAsync(p => p.Id == viewer.UserId, cancellationToken);
        var follows = await db.Follows.CountAsync(f => f.UserId == viewer.UserId, cancellationToken);
        return new DigestSettingsDto(person.WeeklyDigest, person.PreferredLanguage, follows, schedule.NextWeek());
    }
}
