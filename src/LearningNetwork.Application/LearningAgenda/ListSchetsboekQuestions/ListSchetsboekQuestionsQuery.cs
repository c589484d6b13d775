using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Application.Taxonomy;
using Mediator;

namespace LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;

/// <summary>The schetsboek's open questions (the starting learning agenda), optionally those it ties to a lesson, a barrier, a theme or a municipality.</summary>
public sealed record ListSchetsboekQuestionsQuery(int? Lesson = null, int? Barrier = null, string? Theme = null, int? Municipality = null) : IQuery<IReadOnlyList<SchetsboekQuestionDto>>, ISchetsboekFilter;

public sealed class ListSchetsboekQuestionsValidator : SchetsboekFilterValidator<ListSchetsboekQuestionsQuery>;

public sealed class ListSchetsboekQuestionsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListSchetsboekQuestionsQuery, IReadOnlyList<SchetsboekQuestionDto>>
{
    public async ValueTask<IReadOnlyList<SchetsboekQuestionDto>> Handle(ListSchetsboekQuestionsQuery query, CancellationToken cancellationToken)
    {
        var theme = await SchetsboekFilters.DemandKnownAsync(db, query, cancellationToken);
        var viewer = await viewers.GetAsync(cancellationToken);
        return await SchetsboekQuestionReads.LoadAsync(
            db,
            viewer,
            q => (query.Lesson == null || q.Lessons.Any(l => l.LessonNumber == query.Lesson))
                && (query.Barrier == null || q.Barriers.Any(b => b.BarrierNumber == query.Barrier))
                && (theme == null || q.Themes.Any(t => t.ThemeKey == theme))
                && (query.Municipality == null || q.Municipalities.Any(m => m.MunicipalityId == query.Municipality)),
            cancellationToken);
    }
}
