using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Audit;

namespace LearningNetwork.Application.Common.Audit;

public static class AuditLog
{
    /// <summary>Adds an audit entry to the same unit of work as the change it records, so both are saved or neither.</summary>
    public static void Record(this IAppDbContext db, TimeProvider clock, string? actorUserId, AuditAction action, int? municipalityId, string? subjectUserId = null, string? details = null) =>
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow().UtcDateTime, actorUserId, action, municipalityId, subjectUserId, details));
}
