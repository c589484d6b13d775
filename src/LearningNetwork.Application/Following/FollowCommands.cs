using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following;

/// <summary>Follows a lesson, barrier, theme, municipality or experiment, or stops following it. True when following now.</summary>
public sealed record ToggleFollowCommand(FollowKind Kind, string Key) : ICommand<bool>, ISignedInOnly;

public sealed class ToggleFollowValidator : AbstractValidator<ToggleFollowCommand>
{
    public ToggleFollowValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => AppTexts.FollowKindUnknown);
        RuleFor(c => c.Key).Must(k => !string.IsNullOrWhiteSpace(k) && k.Length <= Follow.KeyMaxLength).WithMessage(_ => AppTexts.FollowTargetUnknown);
    }
}

public sealed class ToggleFollowHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ToggleFollowCommand, bool>
{
    public async ValueTask<bool> Handle(ToggleFollowCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await FollowTargets.ExistsAsync(db, viewer, command.Kind, command.Key, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.FollowTargetUnknown)]);
        }

        var userId = viewer.UserId!;
        if (await db.Follows.SingleOrDefaultAsync(f => f.UserId == userId && f.Kind == command.Kind && f.Key == command.Key, cancellationToken) is { } existing)
        {
            await db.RemoveMarkAsync(existing, cancellationToken);
            return false;
        }

        db.Follows.Add(new Follow(userId, command.Kind, command.Key, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click raced this one: whatever the clicks left in place is what the person sees.
            db.ClearChangeTracker();
            return await db.Follows.AnyAsync(f => f.UserId == userId && f.Kind == command.Kind && f.Key == command.Key, cancellationToken);
        }

        return true;
    }
}

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

/// <summary>One thing the person follows, with its name; experiments they can no longer read are left out.</summary>
public sealed record MyFollowDto(FollowKind Kind, string Key, LocalizedText Title);

public sealed record ListMyFollowsQuery : IQuery<IReadOnlyList<MyFollowDto>>, ISignedInOnly;

public sealed class ListMyFollowsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListMyFollowsQuery, IReadOnlyList<MyFollowDto>>
{
    public async ValueTask<IReadOnlyList<MyFollowDto>> Handle(ListMyFollowsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var follows = await FollowedKeys.LoadAsync(db, viewer.UserId!, cancellationToken);
        var result = new List<MyFollowDto>();
        result.AddRange(await db.Lessons.Where(l => follows.Lessons.Contains(l.Number)).OrderBy(l => l.Number)
            .Select(l => new MyFollowDto(FollowKind.Lesson, l.Number.ToString(), new LocalizedText(l.Title.Nl, l.Title.En))).ToListAsync(cancellationToken));
        result.AddRange(await db.Barriers.Where(b => follows.Barriers.Contains(b.Number)).OrderBy(b => b.Number)
            .Select(b => new MyFollowDto(FollowKind.Barrier, b.Number.ToString(), new LocalizedText(b.Title.Nl, b.Title.En))).ToListAsync(cancellationToken));
        result.AddRange(await db.Themes.Where(t => follows.Themes.Contains(t.Key)).OrderBy(t => t.SortOrder)
            .Select(t => new MyFollowDto(FollowKind.Theme, t.Key, new LocalizedText(t.Title.Nl, t.Title.En))).ToListAsync(cancellationToken));
        result.AddRange(await db.Municipalities.Where(m => follows.Municipalities.Contains(m.Id)).OrderBy(m => m.Name)
            .Select(m => new MyFollowDto(FollowKind.Municipality, m.Id.ToString(), new LocalizedText(m.Name, m.Name))).ToListAsync(cancellationToken));
        result.AddRange(await db.ReadableExperiments(viewer).Where(e => follows.Experiments.Contains(e.Id)).OrderBy(e => e.Title)
            .Select(e => new MyFollowDto(FollowKind.Experiment, e.Id.ToString(), new LocalizedText(e.Title, e.Title))).ToListAsync(cancellationToken));
        return result;
    }
}

/// <summary>A person's follows, split by kind and parsed, for filtering in the database.</summary>
public sealed record FollowedKeys(
    IReadOnlyList<int> Lessons,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<string> Themes,
    IReadOnlyList<int> Municipalities,
    IReadOnlyList<int> Experiments)
{
    public bool Any => Lessons.Count + Barriers.Count + Themes.Count + Municipalities.Count + Experiments.Count > 0;

    public static async Task<FollowedKeys> LoadAsync(IAppDbContext db, string userId, CancellationToken cancellationToken)
    {
        var rows = await db.Follows.AsNoTracking().Where(f => f.UserId == userId).Select(f => new { f.Kind, f.Key }).ToListAsync(cancellationToken);
        List<int> Numbers(FollowKind kind) => rows.Where(r => r.Kind == kind)
            .Select(r => int.TryParse(r.Key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0).Where(n => n > 0).ToList();
        return new FollowedKeys(
            Numbers(FollowKind.Lesson),
            Numbers(FollowKind.Barrier),
            rows.Where(r => r.Kind == FollowKind.Theme).Select(r => r.Key).ToList(),
            Numbers(FollowKind.Municipality),
            Numbers(FollowKind.Experiment));
    }
}

internal static class FollowTargets
{
    public static async Task<bool> ExistsAsync(IAppDbContext db, Viewer viewer, FollowKind kind, string key, CancellationToken cancellationToken)
    {
        var number = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == key ? n : (int?)null;
        return kind switch
        {
            FollowKind.Lesson => number is { } lesson && await db.Lessons.AnyAsync(l => l.Number == lesson, cancellationToken),
            FollowKind.Barrier => number is { } barrier && await db.Barriers.AnyAsync(b => b.Number == barrier, cancellationToken),
            FollowKind.Theme => await db.Themes.AnyAsync(t => t.Key == key, cancellationToken),
            FollowKind.Municipality => number is { } municipality && await db.Municipalities.AnyAsync(m => m.Id == municipality, cancellationToken),
            FollowKind.Experiment => number is { } experiment && await db.ReadableExperiments(viewer).AnyAsync(e => e.Id == experiment, cancellationToken),
            _ => false,
        };
    }
}
