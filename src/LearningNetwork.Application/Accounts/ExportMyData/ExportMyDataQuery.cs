using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Accounts.ExportMyData;

public sealed record ExportedProfile(string DisplayName, string Email, string? JobTitle, string PreferredLanguage);

public sealed record ExportedMembership(string Municipality, MembershipRole Role, DateTime JoinedAtUtc);

public sealed record ExportedRequest(string Municipality, string Motivation, MembershipRequestStatus Status, DateTime CreatedAtUtc, DateTime? DecidedAtUtc, string? Reason);

public sealed record ExportedAuditEntry(DateTime AtUtc, AuditAction Action, string? Municipality, bool ByMe, string? Details);

/// <summary>Everything the portal holds about and by the person, as the GDPR's right of access asks.</summary>
public sealed record MyDataExport(
    DateTime ExportedAtUtc,
    ExportedProfile Profile,
    ExportedMembership? Membership,
    IReadOnlyList<ExportedRequest> MembershipRequests,
    IReadOnlyList<ExportedAuditEntry> AuditLog);

public sealed record ExportMyDataQuery : IQuery<MyDataExport>;

public sealed class ExportMyDataHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<ExportMyDataQuery, MyDataExport>
{
    public async ValueTask<MyDataExport> Handle(ExportMyDataQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        Access.Demand(viewer.IsAuthenticated);
        var userId = viewer.UserId!;

        var profile = await db.People.Where(p => p.Id == userId)
            .Select(p => new ExportedProfile(p.DisplayName, p.Email, p.JobTitle, p.PreferredLanguage))
            .SingleAsync(cancellationToken);
        var membership = await db.Memberships.AsNoTracking().Where(m => m.UserId == userId)
            .Join(db.Municipalities, m => m.MunicipalityId, g => g.Id, (m, g) => new ExportedMembership(g.Name, m.Role, m.JoinedAtUtc))
            .SingleOrDefaultAsync(cancellationToken);
        var requests = await db.MembershipRequests.AsNoTracking().Where(r => r.UserId == userId)
            .OrderBy(r => r.CreatedAtUtc)
            .Join(db.Municipalities, r => r.MunicipalityId, g => g.Id, (r, g) => new ExportedRequest(g.Name, r.Motivation, r.Status, r.CreatedAtUtc, r.DecidedAtUtc, r.Reason))
            .ToListAsync(cancellationToken);
        var audit = await db.AuditEntries.AsNoTracking()
            .Where(a => a.ActorUserId == userId || a.SubjectUserId == userId)
            .OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            .LeftJoin(db.Municipalities, a => a.MunicipalityId, g => g.Id, (a, g) => new ExportedAuditEntry(a.AtUtc, a.Action, g == null ? null : g.Name, a.ActorUserId == userId, a.Details))
            .ToListAsync(cancellationToken);

        return new MyDataExport(clock.GetUtcNow().UtcDateTime, profile, membership, requests, audit);
    }
}
