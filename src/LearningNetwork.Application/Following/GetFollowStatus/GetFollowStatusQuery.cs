using FluentValidation;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following.GetFollowStatus;

/// <summary>Whether the viewer follows something, and how many people do.</summary>
public sealed record FollowStatusDto(FollowKind Kind, string Key, bool Following, int Followers);

public sealed record GetFollowStatusQuery(FollowKind Kind, string Key) : IQuery<FollowStatusDto>;

public sealed class GetFollowStatusHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache) : IQueryHandler<GetFollowStatusQuery, FollowStatusDto>
{
    public async ValueTask<FollowStatusDto> Handle(GetFollowStatusQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);

        // A visitor follows nothing, so every visitor sees the same count: kept until the next save.
        return await cache.ForVisitorsAsync(viewer, $"follow|{query.Kind}|{query.Key}", () => LoadAsync(query, viewer.UserId ?? string.Empty, cancellationToken));
    }

    private async Task<FollowStatusDto> LoadAsync(GetFollowStatusQuery query, string userId, CancellationToken cancellationToken)
    {
        var counts = await db.Follows.Where(f => f.Kind == query.Kind && f.Key == query.Key)
            .GroupBy(_ => 1)
            .Select(g => new { Followers = g.Count(), Mine = g.Count(f => f.UserId == userId) })
            .SingleOrDefaultAsync(cancellationToken);
        return new FollowStatusDto(query.Kind, query.Key, counts?.Mine > 0, counts?.Followers ?? 0);
    }
}
