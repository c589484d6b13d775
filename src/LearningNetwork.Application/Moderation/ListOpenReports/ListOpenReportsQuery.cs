using FluentValidation;
using LearningNetwork.Application.Common;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Moderation.ListOpenReports;

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
