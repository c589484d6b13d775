using LearningNetwork.Domain.Experiments;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>
/// Keeps the SQLite FTS5 table in step with the experiments: after every save, the documents of the experiments
/// that changed (or whose barrier and lesson notes changed) are written again, in the same transaction scope.
/// </summary>
internal static class ExperimentSearchIndex
{
    public static IReadOnlyList<int> Touched(AppDbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Entity switch
            {
                Experiment experiment => experiment.Id,
                ExperimentBarrier barrier => barrier.ExperimentId,
                ExperimentLesson lesson => lesson.ExperimentId,
                _ => 0,
            })
            .Where(id => id != 0)
            .Distinct()
            .ToList();

    public static async Task UpdateAsync(AppDbContext db, IEnumerable<int> experimentIds, CancellationToken cancellationToken)
    {
        var ids = experimentIds.Distinct().ToList();
        if (ids.Count == 0)
        {
            return;
        }

        var documents = await db.Experiments.AsNoTracking().AsSplitQuery()
            .Where(e => ids.Contains(e.Id))
            .Select(e => new
            {
                e.Id,
                e.Title,
                e.Summary,
                e.OtherCoupling,
                e.Record,
                Barriers = e.Barriers.Where(b => b.Note != null).Select(b => b.Note).ToList(),
                Lessons = e.Lessons.Where(l => l.Note != null).Select(l => l.Note).ToList(),
            })
            .ToListAsync(cancellationToken);
        var idList = System.Text.Json.JsonSerializer.Serialize(ids);
        await db.Database.ExecuteSqlAsync($"DELETE FROM ExperimentSearch WHERE rowid IN (SELECT value FROM json_each({idList}))", cancellationToken);

        foreach (var document in documents)
        {
            var content = string.Join('\n', new[] { document.Title, document.Summary, document.OtherCoupling ?? string.Empty }.Concat(document.Barriers!).Concat(document.Lessons!).Concat(document.Record.Texts()));
            await db.Database.ExecuteSqlAsync($"INSERT INTO ExperimentSearch(rowid, Content) VALUES ({document.Id}, {content})", cancellationToken);
        }
    }
}
