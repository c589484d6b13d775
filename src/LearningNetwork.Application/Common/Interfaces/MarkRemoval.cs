using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>Taking back a person's own mark (a follow, a recognition).</summary>
public static class MarkRemoval
{
    /// <summary>
    /// Removes the mark through the change tracker, so a save's interceptors (the read cache's retirement) see it.
    /// A double click that already removed it leaves nothing to remove, which is what the person asked for.
    /// </summary>
    public static async Task RemoveMarkAsync<TMark>(this IAppDbContext db, TMark mark, CancellationToken cancellationToken)
        where TMark : class
    {
        db.Entry(mark).State = EntityState.Deleted;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ClearChangeTracker();
        }
    }
}
