using FluentValidation;
using LearningNetwork.Application.Common;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.OpenData.GetPublicFeed;

public enum FeedEntryKind
{
    Experiment = 1,
    Reflection = 2,
}

public sealed record FeedEntryDto(FeedEntryKind Kind, int Id, string Title, string Summary, string Municipality, DateTime PublishedAtUtc, DateTime UpdatedAtUtc);

/// <summary>The feed's subject (null for the whole network) and its newest entries.</summary>
public sealed record FeedDto(string? Subject, IReadOnlyList<FeedEntryDto> Entries);

/// <summary>
/// New Public experiments and reflections, newest first, for the Atom feed: of the whole network or of one
/// lesson, barrier or theme. Always what an anonymous visitor may read, whoever asks.
/// </summary>
public sealed record GetPublicFeedQuery(int? Lesson, int? Barrier, string? Theme) : IQuery<FeedDto>;

public sealed class GetPublicFeedValidator : AbstractValidator<GetPublicFeedQuery>
{
    public GetPublicFeedValidator()
    {
        RuleFor(q => q.Lesson).InclusiveBetween(1, Lesson.Count).When(q => q.Lesson is not null).WithMessage(_ => AppTexts.LessonUnknown);
        RuleFor(q => q.Barrier).InclusiveBetween(1, Barrier.Count).When(q => q.Barrier is not null).WithMessage(_ => AppTexts.BarrierUnknown);
    }
}

public sealed class GetPublicFeedHandler(IAppDbContext db, IMarkdownRenderer markdown) : IQueryHandler<GetPublicFeedQuery, FeedDto>
{
    public const int MaxEntries = 50;

    public async ValueTask<FeedDto> Handle(GetPublicFeedQuery query, CancellationToken cancellationToken)
    {
        var visitor = Viewer.Anonymous;
        var experiments = db.ReadableExperiments(visitor);
        var reflections = db.ReadableReflections(visitor);
        string? subject = null;
        if (query.Lesson is { } lesson)
        {
            experiments = experiments.Where(e => e.Lessons.Any(l => l.LessonNumber == lesson));
            reflections = reflections.Where(r => r.Lessons.Any(l => l.LessonNumber == lesson));
            subject = await db.Lessons.Where(l => l.Number == lesson).Select(l => l.Title.Nl).SingleAsync(cancellationToken);
        }
        else if (query.Barrier is { } barrier)
        {
            experiments = experiments.Where(e => e.Barriers.Any(b => b.BarrierNumber == barrier));
            reflections = reflections.Where(r => r.Barriers.Any(b => b.BarrierNumber == barrier));
            subject = await db.Barriers.Where(b => b.Number == barrier).Select(b => b.Title.Nl).SingleAsync(cancellationToken);
        }
        else if (query.Theme is { } theme)
        {
            subject = await db.Themes.Where(t => t.Key == theme).Select(t => t.Title.Nl).SingleOrDefaultAsync(cancellationToken)
                ?? throw NotFoundException.For("Theme", theme);
            var themed = experiments.Where(e => e.Themes.Any(t => t.ThemeKey == theme));
            experiments = themed;
            reflections = reflections.Where(r => themed.Any(e => e.Id == r.ExperimentId));
        }

        var newExperiments = await experiments
            .OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id)
            .Take(MaxEntries)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e.Id, e.Title, Summary = e.Summary.Substring(0, Excerpts.DefaultLength + 20), Municipality = m.Name, e.CreatedAtUtc, e.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        var newReflections = await reflections
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Take(MaxEntries)
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new { r, e.MunicipalityId })
            .Join(db.Municipalities, x => x.MunicipalityId, m => m.Id, (x, m) => new { x.r.Id, x.r.Title, Body = x.r.BodyMarkdown.Substring(0, Excerpts.DefaultLength * 3), Municipality = m.Name, x.r.CreatedAtUtc, x.r.UpdatedAtUtc })
            .ToListAsync(cancellationToken);
        var entries = newExperiments.Select(e => new FeedEntryDto(FeedEntryKind.Experiment, e.Id, e.Title, Excerpts.Of(e.Summary), e.Municipality, e.CreatedAtUtc, e.UpdatedAtUtc))
            .Concat(newReflections.Select(r => new FeedEntryDto(FeedEntryKind.Reflection, r.Id, r.Title, Excerpts.Of(markdown.ToPlainText(r.Body)), r.Municipality, r.CreatedAtUtc, r.UpdatedAtUtc)))
            .OrderByDescending(e => e.PublishedAtUtc)
            .Take(MaxEntries)
            .ToList();
        return new FeedDto(subject, entries);
    }
}
