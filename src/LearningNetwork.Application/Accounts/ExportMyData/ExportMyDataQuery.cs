using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Reflections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Accounts.ExportMyData;

public sealed record ExportedProfile(string DisplayName, string Email, string? JobTitle, string PreferredLanguage);

public sealed record ExportedMembership(string Municipality, MembershipRole Role, DateTime JoinedAtUtc);

public sealed record ExportedRequest(string Municipality, string Motivation, MembershipRequestStatus Status, DateTime CreatedAtUtc, DateTime? DecidedAtUtc, string? Reason);

public sealed record ExportedAuditEntry(DateTime AtUtc, AuditAction Action, string? Municipality, bool ByMe, string? Details);

public sealed record ExportedReflection(int Id, int ExperimentId, ReflectionKind Kind, string Title, string Body, DateTime CreatedAtUtc, DateTime UpdatedAtUtc, bool Hidden);

public sealed record ExportedComment(int Id, int ReflectionId, string Body, DateTime CreatedAtUtc, DateTime? EditedAtUtc, bool Hidden);

public sealed record ExportedRecognition(int ReflectionId, DateTime AtUtc);

public sealed record ExportedQuestion(int Id, string Text, QuestionState State, DateTime CreatedAtUtc);

public sealed record ExportedQuestionStep(int QuestionId, QuestionState State, string Text, string? Note, DateTime AtUtc);

public sealed record ExportedFollow(FollowKind Kind, string Key, DateTime SinceUtc);

public sealed record ExportedNotification(Domain.Notifications.NotificationKind Kind, string Title, string? Detail, string Url, DateTime CreatedAtUtc, DateTime? ReadAtUtc, bool Mailed);

public sealed record ExportedNotificationSetting(Domain.Notifications.NotificationKind Kind, Domain.Notifications.NotificationDelivery Delivery);

public sealed record ExportedReport(ReportTarget Target, int TargetId, string Reason, DateTime CreatedAtUtc, ReportOutcome Outcome);

/// <summary>Everything the portal holds about and by the person, as the GDPR's right of access asks.</summary>
public sealed record MyDataExport(
    DateTime ExportedAtUtc,
    ExportedProfile Profile,
    ExportedMembership? Membership,
    IReadOnlyList<ExportedRequest> MembershipRequests,
    IReadOnlyList<ExportedAuditEntry> AuditLog,
    IReadOnlyList<ExportedReflection> Reflections,
    IReadOnlyList<ExportedComment> Comments,
    IReadOnlyList<ExportedRecognition> Recognitions,
    IReadOnlyList<ExportedQuestion> LearningQuestions,
    IReadOnlyList<ExportedQuestionStep> LearningQuestionSteps,
    IReadOnlyList<ExportedFollow> Follows,
    IReadOnlyList<ExportedReport> Reports,
    IReadOnlyList<ExportedNotification> Notifications,
    IReadOnlyList<ExportedNotificationSetting> NotificationSettings,
    DateTime? NotificationFeedSinceUtc);

public sealed record ExportMyDataQuery : IQuery<MyDataExport>, ISignedInOnly;

public sealed class ExportMyDataHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<ExportMyDataQuery, MyDataExport>
{
    public async ValueTask<MyDataExport> Handle(ExportMyDataQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
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

        var reflections = await db.Reflections.AsNoTracking().Where(r => r.AuthorUserId == userId).OrderBy(r => r.CreatedAtUtc)
            .Select(r => new ExportedReflection(r.Id, r.ExperimentId, r.Kind, r.Title, r.BodyMarkdown, r.CreatedAtUtc, r.UpdatedAtUtc, r.HiddenAtUtc != null))
            .ToListAsync(cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => c.AuthorUserId == userId).OrderBy(c => c.CreatedAtUtc)
            .Select(c => new ExportedComment(c.Id, c.ReflectionId, c.BodyMarkdown, c.CreatedAtUtc, c.EditedAtUtc, c.HiddenAtUtc != null))
            .ToListAsync(cancellationToken);
        var recognitions = await db.Recognitions.AsNoTracking().Where(r => r.UserId == userId).OrderBy(r => r.AtUtc)
            .Select(r => new ExportedRecognition(r.ReflectionId, r.AtUtc)).ToListAsync(cancellationToken);
        var questions = await db.LearningQuestions.AsNoTracking().Where(q => q.AuthorUserId == userId).OrderBy(q => q.CreatedAtUtc)
            .Select(q => new ExportedQuestion(q.Id, q.Text, q.State, q.CreatedAtUtc)).ToListAsync(cancellationToken);
        var steps = await db.LearningQuestions.AsNoTracking().SelectMany(q => q.History).Where(h => h.UserId == userId).OrderBy(h => h.AtUtc)
            .Select(h => new ExportedQuestionStep(h.QuestionId, h.State, h.Text, h.Note, h.AtUtc)).ToListAsync(cancellationToken);
        var follows = await db.Follows.AsNoTracking().Where(f => f.UserId == userId).OrderBy(f => f.CreatedAtUtc)
            .Select(f => new ExportedFollow(f.Kind, f.Key, f.CreatedAtUtc)).ToListAsync(cancellationToken);
        var reports = await db.Reports.AsNoTracking().Where(r => r.ReporterUserId == userId).OrderBy(r => r.CreatedAtUtc)
            .Select(r => new ExportedReport(r.Target, r.TargetId, r.Reason, r.CreatedAtUtc, r.Outcome)).ToListAsync(cancellationToken);

        var notifications = await db.Notifications.AsNoTracking().Where(n => n.UserId == userId).OrderBy(n => n.CreatedAtUtc)
            .Select(n => new ExportedNotification(n.Kind, n.Title, n.Detail, n.Url, n.CreatedAtUtc, n.ReadAtUtc, n.MailMessageId != null)).ToListAsync(cancellationToken);
        var settings = await db.NotificationPreferences.AsNoTracking().Where(p => p.UserId == userId)
            .Select(p => new ExportedNotificationSetting(p.Kind, p.Delivery)).ToListAsync(cancellationToken);
        var feed = await db.NotificationFeeds.AsNoTracking().Where(f => f.UserId == userId).Select(f => (DateTime?)f.CreatedAtUtc).SingleOrDefaultAsync(cancellationToken);

        return new MyDataExport(clock.GetUtcNow().UtcDateTime, profile, membership, requests, audit, reflections, comments, recognitions, questions, steps, follows, reports, notifications, settings, feed);
    }
}
