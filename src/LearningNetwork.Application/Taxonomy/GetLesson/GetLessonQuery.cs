using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetLesson;

public sealed record LessonDetailDto(
    int Number,
    LessonGroup Group,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<TaxonomyReference> HelpsAgainst);

/// <summary>One lesson and the barriers the schetsboek says it helps against.</summary>
public sealed record GetLessonQuery(int Number) : IQuery<LessonDetailDto>;

public sealed class GetLessonHandler(IAppDbContext db) : IQueryHandler<GetLessonQuery, LessonDetailDto>
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

        return new LessonDetailDto(lesson.Number, lesson.Group, lesson.Title, lesson.Description, barriers);
    }
}
