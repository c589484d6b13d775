using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Reflections;

namespace LearningNetwork.Application.Common.Security;

/// <summary>
/// What a viewer may read, as database-side filters: everything hanging under an experiment has its visibility
/// (README, "Who may do what"), and hidden (moderated) content is read by no one but through the moderation screens.
/// </summary>
public static class Readable
{
    /// <summary>Live (not soft-deleted) experiments the viewer may read.</summary>
    public static IQueryable<Experiment> ReadableExperiments(this IAppDbContext db, Viewer viewer) =>
        db.Experiments.Where(e => e.DeletedAtUtc == null).VisibleTo(viewer);

    /// <summary>Reflections that are not hidden, on experiments the viewer may read.</summary>
    public static IQueryable<Reflection> ReadableReflections(this IAppDbContext db, Viewer viewer)
    {
        var experiments = db.ReadableExperiments(viewer);
        return db.Reflections.Where(r => r.HiddenAtUtc == null && experiments.Any(e => e.Id == r.ExperimentId));
    }

    /// <summary>Learning questions the viewer may read: by their own visibility and, when tied to one, their experiment's.</summary>
    public static IQueryable<LearningQuestion> ReadableQuestions(this IAppDbContext db, Viewer viewer)
    {
        var experiments = db.ReadableExperiments(viewer);
        return db.LearningQuestions.VisibleTo(viewer).Where(q => q.ExperimentId == null || experiments.Any(e => e.Id == q.ExperimentId));
    }
}
