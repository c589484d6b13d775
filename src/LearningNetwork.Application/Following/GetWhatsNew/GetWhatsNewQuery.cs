using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Following.ListMyFollows;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following.GetWhatsNew;

/// <summary>
/// For the home page: the newest in the network for everyone, and for a signed-in person what is new since their
/// last visit in what they follow (<see cref="SinceUtc"/> null for visitors).
/// </summary>
public sealed record WhatsNewDto(DateTime? SinceUtc, bool FollowsAnything, IReadOnlyList<ActivityItem> Followed, IReadOnlyList<ActivityItem> Newest);

public sealed record GetWhatsNewQuery : IQuery<WhatsNewDto>;

public sealed class GetWhatsNewHandler(IAppDbContext db, ViewerProvider viewers, IMarkdownRenderer markdown, TimeProvider clock) : IQueryHandler<GetWhatsNewQuery, WhatsNewDto>
{
    public const int MaxPerKind = 10;
    /// <summary>Per kind (projects, reflections, answered questions), so one busy kind does not crowd out the others.</summary>
    public const int MaxNewestPerKind = 4;
    public static readonly TimeSpan NewestPeriod = TimeSpan.FromDays(90);

    public async ValueTask<WhatsNewDto> Handle(GetWhatsNewQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var until = now.AddTicks(1);
        var newest = await FollowedActivity.LoadAsync(db, markdown, viewer, null, now - NewestPeriod, until, MaxNewestPerKind, cancellationToken, includeUpdated: false);
        if (!viewer.IsSignedIn())
        {
            return new WhatsNewDto(null, false, [], newest);
        }

        var since = await db.Visits.Where(v => v.UserId == viewer.UserId).Select(v => (DateTime?)v.SinceUtc).SingleOrDefaultAsync(cancellationToken)
            ?? now - Domain.Following.Visit.FirstLookBack;
        var follows = await FollowedKeys.LoadAsync(db, viewer.UserId!, cancellationToken);
        var followed = follows.Any
            ? await FollowedActivity.LoadAsync(db, markdown, viewer, follows, since, until, MaxPerKind, cancellationToken)
            : [];
        return new WhatsNewDto(since, follows.Any, followed, newest);
    }
}
