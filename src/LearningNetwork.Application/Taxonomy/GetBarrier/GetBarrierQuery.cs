using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetBarrier;

public sealed record BarrierDetailDto(
    int Number,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<TaxonomyReference> HelpfulLessons);

/// <summary>One barrier and the lessons the schetsboek links to it.</summary>
public sealed record GetBarrierQuery(int Number) : IQuery<BarrierDetailDto>;

public sealed class GetBarrierHandler(IAppDbContext db) : IQueryHandler<GetBarrierQuery, BarrierDetailDto>
{
    public async ValueTask<BarrierDetailDto> Handle(GetBarrierQuery query, CancellationToken cancellationToken)
    {
        var barrier = await db.Barriers.AsNoTracking()
            .Where(b => b.Number == query.Number)
            .Select(b => new
            {
                b.Number,
                Title = new LocalizedText(b.Title.Nl, b.Title.En),
                Description = new LocalizedText(b.Description.Nl, b.Description.En),
                LessonNumbers = b.HelpfulLessons.Select(h => h.LessonNumber).ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Barrier", query.Number);

        var lessons = await db.Lessons.AsNoTracking()
            .Where(l => barrier.LessonNumbers.Contains(l.Number))
            .OrderBy(l => l.Number)
            .Select(l => new TaxonomyReference(l.Number, new LocalizedText(l.Title.Nl, l.Title.En)))
            .ToListAsync(cancellationToken);

        return new BarrierDetailDto(barrier.Number, barrier.Title, barrier.Description, lessons);
    }
}
