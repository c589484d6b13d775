using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetBarrier;

public sealed record BarrierExperimentDto(int Id, string Title, string Municipality, BarrierState State, string? Note);

/// <summary>A way past the barrier, or the question it leaves, in the schetsboek's own words.</summary>
public sealed record BarrierDirectionDto(LocalizedText Heading, SourcedQuoteDto Quote);

public sealed record BarrierDetailDto(
    int Number,
    LocalizedText Title,
    LocalizedText Description,
    IReadOnlyList<TaxonomyReference> HelpfulLessons,
    IReadOnlyList<BarrierDirectionDto> Directions,
    IReadOnlyList<BarrierExperimentDto> Experiments,
    IReadOnlyList<TaggedReflectionDto> Reflections,
    IReadOnlyList<SourcedExampleDto> FromSchetsboek);

/// <summary>One barrier, the lessons the schetsboek links to it and the schetsboek's examples of it.</summary>
public sealed record GetBarrierQuery(int Number) : IQuery<BarrierDetailDto>;

public sealed class GetBarrierHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetBarrierQuery, BarrierDetailDto>
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

        // "Overcome" first: that is what someone who meets this barrier comes looking for.
        var viewer = await viewers.GetAsync(cancellationToken);
        var number = query.Number;
        var experiments = await db.Experiments.AsNoTracking()
            .Where(e => e.DeletedAtUtc == null)
            .VisibleTo(viewer)
            .SelectMany(e => e.Barriers, (e, b) => new { e, b })
            .Where(x => x.b.BarrierNumber == number)
            .OrderBy(x => x.b.State == BarrierState.Overcome ? 0 : x.b.State == BarrierState.StillBlocking ? 1 : 2).ThenByDescending(x => x.e.UpdatedAtUtc)
            .Take(TaxonomyEvidence.MaxExperiments)
            .Join(db.Municipalities, x => x.e.MunicipalityId, m => m.Id, (x, m) => new BarrierExperimentDto(x.e.Id, x.e.Title, m.Name, x.b.State, x.b.Note))
            .ToListAsync(cancellationToken);

        var reflections = await TaxonomyEvidence.ReflectionsAsync(db, viewer, db.Reflections.Where(r => r.HiddenAtUtc == null && r.Barriers.Any(b => b.BarrierNumber == number)), cancellationToken);

        var examples = await SchetsboekContent.ExamplesAsync(db, viewer, e => e.Barriers.Any(b => b.BarrierNumber == number), cancellationToken);
        var directions = SchetsboekDirections.For(number).Select(d => new BarrierDirectionDto(d.Heading, new SourcedQuoteDto(d.Quote.Text, d.Quote.Speaker))).ToList();
        return new BarrierDetailDto(barrier.Number, barrier.Title, barrier.Description, lessons, directions, experiments, reflections, examples);
    }
}
