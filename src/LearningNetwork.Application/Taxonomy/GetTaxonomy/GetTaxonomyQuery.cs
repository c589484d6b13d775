using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy.GetTaxonomy;

/// <summary>The schetsboek's lessons, barriers (with their helpful lessons) and coupling themes, in order.</summary>
public sealed record GetTaxonomyQuery : IQuery<TaxonomyDto>;

public sealed class GetTaxonomyHandler(IAppDbContext db, ReadCache cache) : IQueryHandler<GetTaxonomyQuery, TaxonomyDto>
{
    // The schetsboek is seeded at start-up and never edited: read once per node (and per cache lifetime).
    public ValueTask<TaxonomyDto> Handle(GetTaxonomyQuery query, CancellationToken cancellationToken) =>
        cache.GetAsync("taxonomy", () => LoadAsync(cancellationToken));

    private async Task<TaxonomyDto> LoadAsync(CancellationToken cancellationToken)
    {
        var lessons = await db.Lessons.AsNoTracking()
            .OrderBy(l => l.Number)
            .Select(l => new LessonDto(
                l.Number,
                new LocalizedText(l.Title.Nl, l.Title.En),
                new LocalizedText(l.Description.Nl, l.Description.En)))
            .ToListAsync(cancellationToken);

        var barriers = await db.Barriers.AsNoTracking()
            .OrderBy(b => b.Number)
            .Select(b => new BarrierDto(
                b.Number,
                new LocalizedText(b.Title.Nl, b.Title.En),
                new LocalizedText(b.Description.Nl, b.Description.En),
                b.HelpfulLessons.OrderBy(h => h.LessonNumber).Select(h => h.LessonNumber).ToList()))
            .ToListAsync(cancellationToken);

        var themes = await db.Themes.AsNoTracking()
            .OrderBy(t => t.SortOrder)
            .Select(t => new ThemeDto(
                t.Key,
                new LocalizedText(t.Title.Nl, t.Title.En),
                new LocalizedText(t.Description.Nl, t.Description.En),
                t.Domain))
            .ToListAsync(cancellationToken);

        return new TaxonomyDto(lessons, barriers, themes);
    }
}
