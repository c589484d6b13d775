using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetLesson;

public sealed record LessonExperimentDto(int Id, string Title, string Municipality, LessonHelped Helped, string? Note);

public sealed record LessonDetailDto(
    int Number,
    LessonGroup Group,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<TaxonomyReference> HelpsAgainst,
    IReadOnlyList<LessonExperimentDto> Experiments,
    IReadOnlyList<TaggedReflectionDto> Reflections,
    IReadOnlyList<SourcedExampleDto> FromSchetsboek);

/// <summary>One lesson, the barriers the schetsboek says it helps against and the schetsboek's examples of it.</summary>
public sealed record GetLessonQuery(int Number) : IQuery<LessonDetailDto>;

public sealed class GetLessonHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetLessonQuery, LessonDetailDto>
{
    public async ValueTask<LessonDetailDto> Handle(GetLessonQuery query, CancellationToken cancellationToken)
    {
        var lesson = await db.Lessons.AsNoTracking()
            .Where(l => l.Number == query.Number)
            .Select(l => new
            {
                l.Number,
                l.Group,
                Title = new LocalizedText(l.Title.Nl, l.Title.En),
                Description = new LocalizedText(l.Description.Nl, l.Description.En),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Lesson", query.Number);

        var barriers = await db.Barriers.AsNoTracking()
            .Where(b => b.HelpfulLessons.Any(h => h.LessonNumber == query.Number))
            .OrderBy(b => b.Number)
            .Select(b => new TaxonomyReference(b.Number, new LocalizedText(b.Title.Nl, b.Title.En)))
            .ToListAsync(cancellationToken);

        var viewer = await viewers.GetAsync(cancellationToken);
        var number = query.Number;
        var experiments = await db.Experiments.AsNoTracking()
            .Where(e => e.DeletedAtUtc == null)
            .VisibleTo(viewer)
            .SelectMany(e => e.Lessons, (e, l) => new { e, l })
            .Where(x => x.l.LessonNumber == number)
            .OrderBy(x => x.l.Helped == LessonHelped.Yes ? 0 : x.l.Helped == LessonHelped.Partly ? 1 : x.l.Helped == LessonHelped.LearnedByAbsence ? 2 : x.l.Helped == LessonHelped.No ? 3 : 4).ThenByDescending(x => x.e.UpdatedAtUtc)
            .Take(TaxonomyEvidence.MaxExperiments)
            .Join(db.Municipalities, x => x.e.MunicipalityId, m => m.Id, (x, m) => new LessonExperimentDto(x.e.Id, x.e.Title, m.Name, x.l.Helped, x.l.Note))
            .ToListAsync(cancellationToken);

        var reflections = await TaxonomyEvidence.ReflectionsAsync(db, viewer, db.Reflections.Where(r => r.HiddenAtUtc == null && r.Lessons.Any(l => l.LessonNumber == number)), cancellationToken);

        var examples = await SchetsboekContent.ExamplesAsync(db, viewer, e => e.Lessons.Any(l => l.LessonNumber == number), cancellationToken);
        return new LessonDetailDto(lesson.Number, lesson.Group, lesson.Title, lesson.Description, barriers, experiments, reflections, examples);
    }
}
