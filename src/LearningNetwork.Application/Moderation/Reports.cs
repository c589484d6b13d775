using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common;
using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Moderation;

/// <summary>A signed-in person reports a reflection or comment they can read to the moderators, with a reason.</summary>
public sealed record ReportContentCommand(ReportTarget Target, int TargetId, string Reason) : ICommand, ISignedInOnly;

public sealed class ReportContentValidator : AbstractValidator<ReportContentCommand>
{
    public ReportContentValidator()
    {
        RuleFor(c => c.Target).IsInEnum().WithMessage(_ => AppTexts.ReportTargetUnknown);
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).WithMessage(_ => AppTexts.ReportReasonRequired)
            .Must(r => r.Trim().Length <= ContentReport.ReasonMaxLength).WithMessage(_ => AppTexts.ReasonTooLong);
    }
}

public sealed class ReportContentHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ReportContentCommand>
{
    public async ValueTask<Unit> Handle(ReportContentCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var existing = await db.Reports.SingleOrDefaultAsync(
            r => r.Target == command.Target && r.TargetId == command.TargetId && r.ReporterUserId == viewer.UserId, cancellationToken);
        if (existing is not null)
        {
            // Reporting again what the moderators already saw would not reach them; say so instead of pretending.
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.AlreadyReported)]);
        }

        db.Reports.Add(new ContentReport(command.Target, command.TargetId, viewer.UserId!, command.Reason, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click: the first report is in (the unique index refused the second).
            db.ClearChangeTracker();
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.AlreadyReported)]);
        }

        return Unit.Value;
    }
}

/// <summary>What is reported must be something the reporter can read, checked before the reason is validated.</summary>
internal sealed class ReportContentAccess(IAppDbContext db) : IAccessRule<ReportContentCommand>
{
    public async ValueTask DemandAsync(ReportContentCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var reflections = db.ReadableReflections(viewer);
        var readable = message.Target switch
        {
            ReportTarget.Reflection => await reflections.AnyAsync(r => r.Id == message.TargetId, cancellationToken),
            ReportTarget.Comment => await db.Comments.AnyAsync(c => c.Id == message.TargetId && c.HiddenAtUtc == null && reflections.Any(r => r.Id == c.ReflectionId), cancellationToken),

            // Not a kind of content at all: the validator says so.
            _ => true,
        };
        if (!readable)
        {
            throw NotFoundException.For(message.Target.ToString(), message.TargetId);
        }
    }
}

/// <summary>One reported item in the moderation queue, with every open report on it.</summary>
public sealed record ReportedItemDto(
    ReportTarget Target,
    int TargetId,
    int ReflectionId,
    string ReflectionTitle,
    string Excerpt,
    string? AuthorName,
    bool Hidden,
    IReadOnlyList<ReportDto> Reports);

public sealed record ReportDto(string? ReporterName, string Reason, DateTime CreatedAtUtc);

/// <summary>The moderators' queue: reported items with open reports, the longest waiting first. Network admins only.</summary>
public sealed record ListOpenReportsQuery : IQuery<IReadOnlyList<ReportedItemDto>>, INetworkAdminOnly;

public sealed class ListOpenReportsHandler(IAppDbContext db) : IQueryHandler<ListOpenReportsQuery, IReadOnlyList<ReportedItemDto>>
{
    public const int MaxItems = 100;

    public async ValueTask<IReadOnlyList<ReportedItemDto>> Handle(ListOpenReportsQuery query, CancellationToken cancellationToken)
    {
        var reports = await db.Reports.AsNoTracking()
            .Where(r => r.Outcome == ReportOutcome.Open)
            .OrderBy(r => r.CreatedAtUtc).ThenBy(r => r.Id)
            .LeftJoin(db.People, r => r.ReporterUserId, p => p.Id, (r, p) => new { r.Target, r.TargetId, Dto = new ReportDto(p == null ? null : p.DisplayName, r.Reason, r.CreatedAtUtc) })
            .Take(MaxItems * 10)
            .ToListAsync(cancellationToken);

        var reflectionIds = reports.Where(r => r.Target == ReportTarget.Reflection).Select(r => r.TargetId).Distinct().ToList();
        var commentIds = reports.Where(r => r.Target == ReportTarget.Comment).Select(r => r.TargetId).Distinct().ToList();
        var reflections = await db.Reflections.AsNoTracking().Where(r => reflectionIds.Contains(r.Id))
            .LeftJoin(db.People, r => r.AuthorUserId, p => p.Id, (r, p) => new { r.Id, r.Title, Text = r.BodyMarkdown, Author = p == null ? null : p.DisplayName, Hidden = r.HiddenAtUtc != null })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        var comments = await db.Comments.AsNoTracking().Where(c => commentIds.Contains(c.Id))
            .Join(db.Reflections, c => c.ReflectionId, r => r.Id, (c, r) => new { c, r.Title })
            .LeftJoin(db.People, x => x.c.AuthorUserId, p => p.Id, (x, p) => new { x.c.Id, x.c.ReflectionId, x.Title, Text = x.c.BodyMarkdown, Author = p == null ? null : p.DisplayName, Hidden = x.c.HiddenAtUtc != null })
            .ToDictionaryAsync(c => c.Id, cancellationToken);

        var items = new List<ReportedItemDto>();
        foreach (var group in reports.GroupBy(r => (r.Target, r.TargetId)))
        {
            var list = group.Select(r => r.Dto).ToList();
            if (group.Key.Target == ReportTarget.Reflection && reflections.TryGetValue(group.Key.TargetId, out var reflection))
            {
                items.Add(new ReportedItemDto(ReportTarget.Reflection, reflection.Id, reflection.Id, reflection.Title, Excerpts.Of(reflection.Text), reflection.Author, reflection.Hidden, list));
            }
            else if (group.Key.Target == ReportTarget.Comment && comments.TryGetValue(group.Key.TargetId, out var comment))
            {
                items.Add(new ReportedItemDto(ReportTarget.Comment, comment.Id, comment.ReflectionId, comment.Title, Excerpts.Of(comment.Text), comment.Author, comment.Hidden, list));
            }
        }

        return items.Take(MaxItems).ToList();
    }
}

/// <summary>A network admin closes the open reports on an item without hiding it; audited.</summary>
public sealed record DismissReportsCommand(ReportTarget Target, int TargetId) : ICommand, INetworkAdminOnly;

public sealed class DismissReportsHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<DismissReportsCommand>
{
    public async ValueTask<Unit> Handle(DismissReportsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var resolved = await ReportResolution.ResolveAsync(db, command.Target, command.TargetId, ReportOutcome.Dismissed, viewer.UserId!, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (resolved == 0)
        {
            throw NotFoundException.For("Report", $"{command.Target} {command.TargetId}");
        }

        db.Record(clock, viewer.UserId, AuditAction.ReportDismissed, null, null, $"{command.Target} #{command.TargetId}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Hiding or showing again: a reason is required to hide, and it goes into the audit log.</summary>
public interface IModerationCommand
{
    bool Hide { get; }

    string? Reason { get; }
}

public abstract class ModerationValidator<T> : AbstractValidator<T>
    where T : IModerationCommand
{
    protected ModerationValidator() =>
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Hide).WithMessage(_ => AppTexts.HideReasonRequired)
            .Must(r => r is null || r.Trim().Length <= HideableContent.HiddenReasonMaxLength).WithMessage(_ => AppTexts.ReasonTooLong);
}

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
