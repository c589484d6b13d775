using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy;

/// <summary>The filters of the schetsboek's lists (examples, open questions): what the schetsboek links to a lesson, barrier, theme or municipality.</summary>
public interface ISchetsboekFilter
{
    int? Lesson { get; }

    int? Barrier { get; }

    string? Theme { get; }

    int? Municipality { get; }
}

public abstract class SchetsboekFilterValidator<T> : AbstractValidator<T>
    where T : ISchetsboekFilter
{
    protected SchetsboekFilterValidator()
    {
        RuleFor(q => q.Lesson).InclusiveBetween(1, Lesson.Count).When(q => q.Lesson is not null).WithMessage(_ => AppTexts.LessonUnknown);
        RuleFor(q => q.Barrier).InclusiveBetween(1, Barrier.Count).When(q => q.Barrier is not null).WithMessage(_ => AppTexts.BarrierUnknown);
        RuleFor(q => q.Theme).MaximumLength(CouplingTheme.KeyMaxLength).WithMessage(_ => AppTexts.ThemeUnknown);
        RuleFor(q => q.Municipality).GreaterThan(0).When(q => q.Municipality is not null).WithMessage(_ => AppTexts.MunicipalityChoose);
    }
}

internal static class SchetsboekFilters
{
    /// <summary>
    /// An unknown theme or municipality is refused (400), not read as "nothing", as the other list filters do.
    /// Returns the theme key as stored (trimmed, lower case), or null for any theme.
    /// </summary>
    public static async Task<string?> DemandKnownAsync(IAppDbContext db, ISchetsboekFilter filter, CancellationToken cancellationToken)
    {
        var theme = string.IsNullOrWhiteSpace(filter.Theme) ? null : filter.Theme.Trim().ToLowerInvariant();
        var failures = new List<ValidationFailure>();
        if (theme is not null && !await db.Themes.AnyAsync(t => t.Key == theme, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(filter.Theme), AppTexts.ThemeUnknown));
        }

        if (filter.Municipality is > 0 and var municipality && !await db.Municipalities.AnyAsync(m => m.Id == municipality, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(filter.Municipality), AppTexts.MunicipalityChoose));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        return theme;
    }
}
