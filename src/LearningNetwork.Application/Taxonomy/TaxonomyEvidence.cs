using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Reflections;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy;

public static class TaxonomyEvidence
{
    /// <summary>How many experiments a lesson or barrier page shows; the browse page has them all.</summary>
    public const int MaxExperiments = 50;

    public const int MaxReflections = 20;

    /// <summary>The visible reflections among <paramref name="tagged"/> (on live experiments the viewer may read), most recognised first.</summary>
    public static async Task<IReadOnlyList<TaggedReflectionDto>> ReflectionsAsync(IAppDbContext db, Viewer viewer, IQueryable<Reflection> tagged, CancellationToken cancellationToken) =>
        await tagged.AsNoTracking()
            .Join(db.Experiments.Where(e => e.DeletedAtUtc == null).VisibleTo(viewer), r => r.ExperimentId, e => e.Id, (r, e) => new { r, e })
            .Join(db.Municipalities, x => x.e.MunicipalityId, m => m.Id, (x, m) => new
            {
                x.r.Id, ExperimentId = x.e.Id, ExperimentTitle = x.e.Title, Municipality = m.Name, x.r.Kind, x.r.Title, x.r.BodyHtml, x.r.CreatedAtUtc,
                Recognitions = db.Recognitions.Count(c => c.ReflectionId == x.r.Id),
            })
            .OrderByDescending(x => x.Recognitions).ThenByDescending(x => x.CreatedAtUtc)
            .Take(MaxReflections)
            .Select(x => new TaggedReflectionDto(x.Id, x.ExperimentId, x.ExperimentTitle, x.Municipality, x.Kind, x.Title, x.BodyHtml, x.Recognitions))
            .ToListAsync(cancellationToken);
}

/// <summary>A reflection shown on a lesson or barrier page: the most recognised first.</summary>
public sealed record TaggedReflectionDto(int Id, int ExperimentId, string ExperimentTitle, string Municipality, Domain.Reflections.ReflectionKind Kind, string Title, string BodyHtml, int Recognitions);
