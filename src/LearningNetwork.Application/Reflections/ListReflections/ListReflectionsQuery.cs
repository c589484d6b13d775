using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.ListExperiments;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.ListReflections;

public sealed record ReflectionListItemDto(
    int Id,
    int ExperimentId,
    string ExperimentTitle,
    string Municipality,
    ReflectionKind Kind,
    string Title,
    string BodyHtml,
    DateTime CreatedAtUtc,
    IReadOnlyList<int> Lessons,
    IReadOnlyList<int> Barriers,
    int Recognitions,
    int Comments);

public sealed record ReflectionListPageDto(int Total, int Page, int PageSize, IReadOnlyList<ReflectionListItemDto> Items);

/// <summary>The reflections the caller may read, newest first, optionally tagged with a lesson or barrier or on one experiment.</summary>
public sealed record ListReflectionsQuery(int? Lesson, int? Barrier, int? ExperimentId, int Page = 1) : IQuery<ReflectionListPageDto>
{
    public const int PageSize = 20;
}

public sealed class ListReflectionsValidator : AbstractValidator<ListReflectionsQuery>
{
    public ListReflectionsValidator()
    {
        RuleFor(q => q.Lesson).InclusiveBetween(1, Lesson.Count).When(q => q.Lesson is not null).WithMessage(_ => AppTexts.LessonUnknown);
        RuleFor(q => q.Barrier).InclusiveBetween(1, Barrier.Count).When(q => q.Barrier is not null).WithMessage(_ => AppTexts.BarrierUnknown);
        RuleFor(q => q.Page).InclusiveBetween(1, ListExperimentsQuery.MaxPage).WithMessage(_ => AppTexts.PageOutOfRange);
    }
}

public sealed class ListReflectionsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListReflectionsQuery, ReflectionListPageDto>
{
    public async ValueTask<ReflectionListPageDto> Handle(ListReflectionsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var reflections = db.ReadableReflections(viewer).AsNoTracking();
        if (query.Lesson is { } lesson)
        {
            reflections = reflections.Where(r => r.Lessons.Any(l => l.LessonNumber == lesson));
        }

        if (query.Barrier is { } barrier)
        {
            reflections = reflections.Where(r => r.Barriers.Any(b => b.BarrierNumber == barrier));
        }

        if (query.ExperimentId is { } experimentId)
        {
            reflections = reflections.Where(r => r.ExperimentId == experimentId);
        }

        var total = await reflections.CountAsync(cancellationToken);
        var rows = await reflections
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Skip((query.Page - 1) * ListReflectionsQuery.PageSize)
            .Take(ListReflectionsQuery.PageSize)
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new { r, e.Title, e.MunicipalityId })
            .Join(db.Municipalities, x => x.MunicipalityId, m => m.Id, (x, m) => new
            {
                x.r.Id, x.r.ExperimentId, ExperimentTitle = x.Title, Municipality = m.Name, x.r.Kind, x.r.Title, x.r.BodyHtml, x.r.CreatedAtUtc,
                Recognitions = db.Recognitions.Count(c => c.ReflectionId == x.r.Id),
                Comments = db.Comments.Count(c => c.ReflectionId == x.r.Id && c.HiddenAtUtc == null),
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var lessons = (await db.Reflections.Where(r => ids.Contains(r.Id)).SelectMany(r => r.Lessons).ToListAsync(cancellationToken)).ToLookup(l => l.ReflectionId, l => l.LessonNumber);
        var barriers = (await db.Reflections.Where(r => ids.Contains(r.Id)).SelectMany(r => r.Barriers).ToListAsync(cancellationToken)).ToLookup(b => b.ReflectionId, b => b.BarrierNumber);
        return new ReflectionListPageDto(total, query.Page, ListReflectionsQuery.PageSize, rows.Select(r => new ReflectionListItemDto(
            r.Id, r.ExperimentId, r.ExperimentTitle, r.Municipality, r.Kind, r.Title, r.BodyHtml, r.CreatedAtUtc,
            lessons[r.Id].Order().ToList(), barriers[r.Id].Order().ToList(), r.Recognitions, r.Comments)).ToList());
    }
}
