using System.Globalization;
using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following.ListMyFollows;

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
        result.AddRange(await db.SourcedQuestions.Where(q => follows.SchetsboekQuestions.Contains(q.Key)).OrderBy(q => q.SortOrder)
            .Select(q => new MyFollowDto(FollowKind.SchetsboekQuestion, q.Key, new LocalizedText(q.Text.Nl, q.Text.En))).ToListAsync(cancellationToken));
        return result;
    }
}

/// <summary>A person's follows, split by kind and parsed, for filtering in the database.</summary>
public sealed record FollowedKeys(
    IReadOnlyList<int> Lessons,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<string> Themes,
    IReadOnlyList<int> Municipalities,
    IReadOnlyList<int> Experiments,
    IReadOnlyList<string> SchetsboekQuestions)
{
    public bool Any => Lessons.Count + Barriers.Count + Themes.Count + Municipalities.Count + Experiments.Count + SchetsboekQuestions.Count > 0;

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
            Numbers(FollowKind.Experiment),
            rows.Where(r => r.Kind == FollowKind.SchetsboekQuestion).Select(r => r.Key).ToList());
    }
}
