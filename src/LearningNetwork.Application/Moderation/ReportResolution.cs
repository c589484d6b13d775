using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Moderation;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Moderation;

internal static class ReportResolution
{
    /// <summary>Closes the open reports on an item with an outcome; the caller saves. Returns how many.</summary>
    public static async Task<int> ResolveAsync(IAppDbContext db, ReportTarget target, int targetId, ReportOutcome outcome, string userId, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var open = await db.Reports.Where(r => r.Target == target && r.TargetId == targetId && r.Outcome == ReportOutcome.Open).ToListAsync(cancellationToken);
        foreach (var report in open)
        {
            report.Resolve(outcome, userId, nowUtc);
        }

        return open.Count;
    }
}
