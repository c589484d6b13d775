using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Reflections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.GetReflection;

public sealed record TagDto(int Number, LocalizedText Title);

/// <summary>A comment as the viewer sees it; <see cref="MyMarkdown"/> only for its author, to edit it.</summary>
public sealed record CommentDto(
    int Id,
    string? AuthorName,
    string BodyHtml,
    DateTime CreatedAtUtc,
    DateTime? EditedAtUtc,
    bool IsMine,
    string? MyMarkdown,
    bool ReportedByViewer,
    string? HiddenReason);

/// <summary>A learning question this reflection answers.</summary>
public sealed record AnsweredQuestionDto(int Id, string Text, string Municipality, QuestionState State);

/// <summary>The werksessie whose harvest this reflection came from, when the viewer may read that harvest.</summary>
public sealed record HarvestOriginDto(int WerksessieId, string Title, DateTime StartsAtUtc);

public sealed record ReflectionPageDto(
    int Id,
    int ExperimentId,
    string ExperimentTitle,
    int MunicipalityId,
    string Municipality,
    ReflectionKind Kind,
    string Title,
    string BodyHtml,
    string? AuthorName,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    IReadOnlyList<TagDto> Lessons,
    IReadOnlyList<TagDto> Barriers,
    TimelineEntryDto? TimelineEntry,
    int Recognitions,
    bool RecognisedByViewer,
    bool ReportedByViewer,
    bool CanEdit,
    bool CanDelete,
    string? HiddenReason,
    IReadOnlyList<CommentDto> Comments,
    IReadOnlyList<AnsweredQuestionDto> Answers,
    HarvestOriginDto? FromWerksessie);

/// <summary>One reflection with its comments, for those who may read it; hidden ones for network admins only.</summary>
public sealed record GetReflectionQuery(int Id) : IQuery<ReflectionPageDto>;

public sealed class GetReflectionHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetReflectionQuery, ReflectionPageDto>
{
    public async ValueTask<ReflectionPageDto> Handle(GetReflectionQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var viewerId = viewer.UserId ?? string.Empty;
        var moderator = viewer.CanModerate();
        var row = await db.Reflections.AsNoTracking()
            .Where(r => r.Id == query.Id && (r.HiddenAtUtc == null || moderator))
            .Join(db.ReadableExperiments(viewer), r => r.ExperimentId, e => e.Id, (r, e) => new { r, ExperimentTitle = e.Title, e.MunicipalityId })
            .Join(db.Municipalities, x => x.MunicipalityId, m => m.Id, (x, m) => new { x.r, x.ExperimentTitle, x.MunicipalityId, Municipality = m.Name })
            .LeftJoin(db.People, x => x.r.AuthorUserId, p => p.Id, (x, p) => new
            {
                x.r, x.ExperimentTitle, x.MunicipalityId, x.Municipality, AuthorName = p == null ? null : p.DisplayName,
                Recognitions = db.Recognitions.Count(c => c.ReflectionId == x.r.Id),
                Recognised = db.Recognitions.Any(c => c.ReflectionId == x.r.Id && c.UserId == viewerId),
                Reported = db.Reports.Any(c => c.Target == ReportTarget.Reflection && c.TargetId == x.r.Id && c.ReporterUserId == viewerId),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Reflection", query.Id);
        var r = row.r;

        var lessons = await db.Reflections.Where(x => x.Id == r.Id).SelectMany(x => x.Lessons)
            .OrderBy(l => l.LessonNumber)
            .Join(db.Lessons, l => l.LessonNumber, l => l.Number, (l, t) => new TagDto(l.LessonNumber, new LocalizedText(t.Title.Nl, t.Title.En)))
            .ToListAsync(cancellationToken);
        var barriers = await db.Reflections.Where(x => x.Id == r.Id).SelectMany(x => x.Barriers)
            .OrderBy(b => b.BarrierNumber)
            .Join(db.Barriers, b => b.BarrierNumber, b => b.Number, (b, t) => new TagDto(b.BarrierNumber, new LocalizedText(t.Title.Nl, t.Title.En)))
            .ToListAsync(cancellationToken);
        var entry = r.TimelineEntryId is { } entryId
            ? await db.Experiments.Where(e => e.Id == r.ExperimentId).SelectMany(e => e.Timeline).Where(t => t.Id == entryId)
                .Select(t => new TimelineEntryDto(t.Id, t.AtUtc, t.Kind, t.FromStatus, t.ToStatus, t.Note, null))
                .SingleOrDefaultAsync(cancellationToken)
            : null;
        var comments = await db.Comments.AsNoTracking()
            .Where(c => c.ReflectionId == r.Id && (c.HiddenAtUtc == null || moderator))
            .OrderBy(c => c.CreatedAtUtc).ThenBy(c => c.Id)
            .LeftJoin(db.People, c => c.AuthorUserId, p => p.Id, (c, p) => new CommentDto(
                c.Id,
                p == null ? null : p.DisplayName,
                c.BodyHtml,
                c.CreatedAtUtc,
                c.EditedAtUtc,
                c.AuthorUserId == viewerId,
                c.AuthorUserId == viewerId ? c.BodyMarkdown : null,
                db.Reports.Any(x => x.Target == ReportTarget.Comment && x.TargetId == c.Id && x.ReporterUserId == viewerId),
                c.HiddenReason))
            .ToListAsync(cancellationToken);
        var answers = await db.ReadableQuestions(viewer)
            .Where(q => q.Answers.Any(a => a.ReflectionId == r.Id))
            .OrderByDescending(q => q.UpdatedAtUtc)
            .Join(db.Municipalities, q => q.MunicipalityId, m => m.Id, (q, m) => new AnsweredQuestionDto(q.Id, q.Text, m.Name, q.State))
            .ToListAsync(cancellationToken);

        var origin = await Werksessies.HarvestAccess.Published(db, viewer)
            .Where(h => h.EyeOpeners.Any(e => e.ReflectionId == r.Id))
            .Join(db.Werksessies, h => h.WerksessieId, w => w.Id, (h, w) => new HarvestOriginDto(w.Id, w.Title, w.StartsAtUtc))
            .FirstOrDefaultAsync(cancellationToken);
        var author = viewer.CanSeePeople() ? row.AuthorName : null;
        if (!viewer.CanSeePeople())
        {
            comments = comments.Select(c => c with { AuthorName = null }).ToList();
        }

        return new ReflectionPageDto(
            r.Id, r.ExperimentId, row.ExperimentTitle, row.MunicipalityId, row.Municipality, r.Kind, r.Title, r.BodyHtml, author, r.CreatedAtUtc, r.UpdatedAtUtc,
            lessons, barriers, entry, row.Recognitions, row.Recognised, row.Reported,
            viewer.CanChangeReflection(r.AuthorUserId, row.MunicipalityId),
            viewer.CanDeleteReflection(r.AuthorUserId, row.MunicipalityId),
            r.HiddenReason, comments, answers, origin);
    }
}
