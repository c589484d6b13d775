using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Experiments.DeleteExperiment;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.Documents;

/// <summary>
/// Documents go with their project: a deleted project's documents are served to no one at once (the project is not
/// readable), come back with it when it is restored within <see cref="ExperimentDeletion.RestoreWindow"/>, and are
/// erased, bytes and all, once that window has passed. Run by the background worker on every node; a second node
/// finds nothing left to delete.
/// </summary>
public sealed class DocumentPurge(IAppDbContext db, TimeProvider clock)
{
    /// <summary>Erases the documents of projects deleted longer ago than the restore window; returns how many.</summary>
    public Task<int> PurgeDueAsync(CancellationToken cancellationToken)
    {
        var before = clock.GetUtcNow().UtcDateTime - ExperimentDeletion.RestoreWindow;
        return db.ExperimentDocuments
            .Where(d => db.Experiments.Any(e => e.Id == d.ExperimentId && e.DeletedAtUtc != null && e.DeletedAtUtc < before))
            .ExecuteDeleteAsync(cancellationToken);
    }
}
