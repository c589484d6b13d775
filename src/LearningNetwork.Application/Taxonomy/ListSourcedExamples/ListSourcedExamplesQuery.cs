using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;

namespace LearningNetwork.Application.Taxonomy.ListSourcedExamples;

/// <summary>The schetsboek's own examples, optionally those it links to a lesson, a barrier, a theme or a municipality.</summary>
public sealed record ListSourcedExamplesQuery(int? Lesson = null, int? Barrier = null, string? Theme = null, int? Municipality = null) : IQuery<IReadOnlyList<SourcedExampleDto>>, ISchetsboekFilter;

public sealed class ListSourcedExamplesValidator : SchetsboekFilterValidator<ListSourcedExamplesQuery>;

public sealed class ListSourcedExamplesHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListSourcedExamplesQuery, IReadOnlyList<SourcedExampleDto>>
{
    public async ValueTask<IReadOnlyList<SourcedExampleDto>> Handle(ListSourcedExamplesQuery query, CancellationToken cancellationToken)
    {
        var theme = await SchetsboekFilters.DemandKnownAsync(db, query, cancellationToken);
        return await SchetsboekContent.ExamplesAsync(
            db,
            await viewers.GetAsync(cancellationToken),
            e => (query.Lesson == null || e.Lessons.Any(l => l.LessonNumber == query.Lesson))
                && (query.Barrier == null || e.Barriers.Any(b => b.BarrierNumber == query.Barrier))
                && (theme == null || e.Themes.Any(t => t.ThemeKey == theme))
                && (query.Municipality == null || e.Municipalities.Any(m => m.MunicipalityId == query.Municipality)),
            cancellationToken);
    }
}
