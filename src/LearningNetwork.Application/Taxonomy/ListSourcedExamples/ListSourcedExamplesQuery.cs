using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.ListSourcedExamples;

/// <summary>The schetsboek's own examples, optionally those it links to a lesson, a barrier, a theme or a municipality.</summary>
public sealed record ListSourcedExamplesQuery(int? Lesson = null, int? Barrier = null, string? Theme = null, int? Municipality = null) : IQuery<IReadOnlyList<SourcedExampleDto>>;

public sealed class ListSourcedExamplesValidator : AbstractValidator<ListSourcedExamplesQuery>
{
    public ListSourcedExamplesValidator()
    {
        RuleFor(q => q.Lesson).InclusiveBetween(1, Lesson.Count).When(q => q.Lesson is not null).WithMessage(_ => AppTexts.LessonUnknown);
        RuleFor(q => q.Barrier).InclusiveBetween(1, Barrier.Count).When(q => q.Barrier is not null).WithMessage(_ => AppTexts.BarrierUnknown);
        RuleFor(q => q.Theme).MaximumLength(CouplingTheme.KeyMaxLength).WithMessage(_ => AppTexts.ThemeUnknown);
        RuleFor(q => q.Municipality).GreaterThan(0).When(q => q.Municipality is not null).WithMessage(_ => AppTexts.MunicipalityChoose);
    }
}

public sealed class ListSourcedExamplesHandler(IAppDbContext db) : IQueryHandler<ListSourcedExamplesQuery, IReadOnlyList<SourcedExampleDto>>
{
    public async ValueTask<IReadOnlyList<SourcedExampleDto>> Handle(ListSourcedExamplesQuery query, CancellationToken cancellationToken)
    {
        // An unknown theme or municipality is refused (400), not read as "no examples", as the other list filters do.
        var theme = string.IsNullOrWhiteSpace(query.Theme) ? null : query.Theme.Trim().ToLowerInvariant();
        var failures = new List<ValidationFailure>();
        if (theme is not null && !await db.Themes.AnyAsync(t => t.Key == theme, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(query.Theme), AppTexts.ThemeUnknown));
        }

        if (query.Municipality is > 0 and var municipality && !await db.Municipalities.AnyAsync(m => m.Id == municipality, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(query.Municipality), AppTexts.MunicipalityChoose));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return await SchetsboekContent.ExamplesAsync(
            db,
            e => (query.Lesson == null || e.Lessons.Any(l => l.LessonNumber == query.Lesson))
                && (query.Barrier == null || e.Barriers.Any(b => b.BarrierNumber == query.Barrier))
                && (theme == null || e.Themes.Any(t => t.ThemeKey == theme))
                && (query.Municipality == null || e.Municipalities.Any(m => m.MunicipalityId == query.Municipality)),
            cancellationToken);
    }
}
