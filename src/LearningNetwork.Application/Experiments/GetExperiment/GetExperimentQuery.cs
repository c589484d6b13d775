using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Reflections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.GetExperiment;

public sealed record ExperimentThemeDto(string Key, LocalizedText Title);

public sealed record ExperimentPartnerDto(PartnerType Type, string Name);

public sealed record ExperimentBarrierDto(int Number, LocalizedText Title, BarrierState State, string? Note);

public sealed record ExperimentLessonDto(int Number, LocalizedText Title, LessonHelped Helped, string? Note);

public sealed record TimelineEntryDto(int Id, DateTime AtUtc, TimelineEntryKind Kind, ExperimentStatus? From, ExperimentStatus? To, string Note, string? AuthorName);

/// <summary>An experiment elsewhere that overcame a barrier this one still meets, and how.</summary>
public sealed record PeerDto(int ExperimentId, string Title, string Municipality, int SharedThemes, string? How);

public sealed record PeerGroupDto(int BarrierNumber, LocalizedText BarrierTitle, IReadOnlyList<PeerDto> Peers);

public sealed record ReflectionDto(
    int Id,
    ReflectionKind Kind,
    string Title,
    string BodyHtml,
    string? AuthorName,
    DateTime CreatedAtUtc,
    IReadOnlyList<int> Lessons,
    IReadOnlyList<int> Barriers,
    int Recognitions,
    int Comments,
    int? TimelineEntryId,
    bool CanEdit,
    bool CanDelete,
    string? HiddenReason);

public sealed record ExperimentDetailDto(
    int Id,
    int MunicipalityId,
    string Municipality,
    string Title,
    string? Neighbourhood,
    string? Place,
    string Summary,
    int? Homes,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? ContactUserId,
    string? ContactName,
    Visibility Visibility,
    ExperimentStatus Status,
    string? StatusReason,
    int Version,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    IReadOnlyList<ExperimentThemeDto> Themes,
    IReadOnlyList<ExperimentPartnerDto> Partners,
    IReadOnlyList<ExperimentBarrierDto> Barriers,
    IReadOnlyList<ExperimentLessonDto> Lessons,
    IReadOnlyList<TimelineEntryDto> Timeline,
    IReadOnlyList<PeerGroupDto> WhoOvercame,
    IReadOnlyList<ReflectionDto> Reflections,
    bool CanEdit,
    DatePrecision StartPrecision,
    DatePrecision EndPrecision,
    string? OtherCoupling,
    ClaimedExampleDto? FromSchetsboek,
    CaseRecord Record,
    IReadOnlyList<string> OtherContacts,
    IReadOnlyList<DocumentDto> Documents,
    IReadOnlyList<string>? ContinuityWarning);

/// <summary>The schetsboek's example a project is: its key, title and where the schetsboek tells it; <see cref="MunicipalityId"/> is the page it is shown on.</summary>
public sealed record ClaimedExampleDto(string Key, LocalizedText Title, LocalizedText Where, int MunicipalityId);

/// <summary>One experiment with everything about it, for those who may read it; to anyone else it does not exist (404).</summary>
public sealed record GetExperimentQuery(int Id) : IQuery<ExperimentDetailDto>;

public sealed class GetExperimentHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache) : IQueryHandler<GetExperimentQuery, ExperimentDetailDto>
{
    // How many projects that overcame a barrier are shown for it.
    private const int PeersPerBarrier = 5;

    public async ValueTask<ExperimentDetailDto> Handle(GetExperimentQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);

        // Kept for everyone who may read the same (visitors, or the signed in of one municipality; a moderator, who also
        // reads the hidden reflections, apart), so any save retires it at once on this node. A project the reader may not
        // read throws before anything is kept.
        Content? fresh = null;
        var kept = await cache.ForReadersAsync(
            viewer, $"experiment|{query.Id}|{viewer.CanModerate()}", async () => fresh = await LoadAsync(query.Id, viewer, cancellationToken), SizeOf);

        // Its own members, who write it, read it live: what they saved on another node shows at once.
        var content = fresh ?? (viewer.CanEditContentOf(kept.Detail.MunicipalityId) ? await LoadAsync(query.Id, viewer, cancellationToken) : kept);
        return await ForViewerAsync(content, viewer, cancellationToken);
    }

    /// <summary>What everyone who may read the same reads, with the reflections' authors to decide each reader's buttons on.</summary>
    private sealed record Content(ExperimentDetailDto Detail, IReadOnlyList<string?> ReflectionAuthors);

    // In units of about 10 KB, most of it the stored reflections.
    private static int SizeOf(Content content) =>
        1 + ((content.Detail.Summary.Length + content.Detail.Reflections.Sum(r => r.BodyHtml.Length + r.Title.Length)) / 5_000);

    /// <summary>The reader's own part: whether they may edit the project and each reflection, and for its members the continuity warning.</summary>
    private async Task<ExperimentDetailDto> ForViewerAsync(Content content, Viewer viewer, CancellationToken cancellationToken)
    {
        var detail = content.Detail;
        var canEdit = viewer.CanEditContentOf(detail.MunicipalityId);
        var reflections = detail.Reflections.Select((r, i) => r with
        {
            CanEdit = viewer.CanChangeReflection(content.ReflectionAuthors[i], detail.MunicipalityId),
            CanDelete = viewer.CanDeleteReflection(content.ReflectionAuthors[i], detail.MunicipalityId),
        }).ToList();
        return detail with
        {
            CanEdit = canEdit,
            Reflections = reflections,
            ContinuityWarning = canEdit ? await ContinuityWarningAsync(detail, cancellationToken) : null,
        };
    }

    private async Task<Content> LoadAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var experiment = await db.Experiments.AsNoTracking()
            .Where(e => e.Id == id && e.DeletedAtUtc == null)
            .VisibleTo(viewer)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e, Municipality = m.Name })
            .LeftJoin(db.People, x => x.e.ContactUserId, p => p.Id, (x, p) => new { x.e, x.Municipality, ContactName = p == null ? null : p.DisplayName })
            .LeftJoin(db.SourcedExamples, x => x.e.SourcedExampleId, s => s.Id, (x, s) => new
            {
                x.e,
                x.Municipality,
                x.ContactName,
                Example = s == null ? null : new ClaimedExampleDto(s.Key, new LocalizedText(s.Title.Nl, s.Title.En), new LocalizedText(s.Where.Nl, s.Where.En), x.e.MunicipalityId),
            })
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Experiment", id);
        var e = experiment.e;

        var themes = await db.Experiments.Where(x => x.Id == e.Id).SelectMany(x => x.Themes)
            .Join(db.Themes, t => t.ThemeKey, t => t.Key, (_, t) => new { t.SortOrder, Dto = new ExperimentThemeDto(t.Key, new LocalizedText(t.Title.Nl, t.Title.En)) })
            .OrderBy(t => t.SortOrder).Select(t => t.Dto).ToListAsync(cancellationToken);
        var partners = await db.Experiments.Where(x => x.Id == e.Id).SelectMany(x => x.Partners)
            .OrderBy(p => p.Id).Select(p => new ExperimentPartnerDto(p.Type, p.Name)).ToListAsync(cancellationToken);
        var barriers = await db.Experiments.Where(x => x.Id == e.Id).SelectMany(x => x.Barriers)
            .OrderBy(b => b.BarrierNumber)
            .Join(db.Barriers, b => b.BarrierNumber, b => b.Number, (b, t) => new ExperimentBarrierDto(b.BarrierNumber, new LocalizedText(t.Title.Nl, t.Title.En), b.State, b.Note))
            .ToListAsync(cancellationToken);
        var lessons = await db.Experiments.Where(x => x.Id == e.Id).SelectMany(x => x.Lessons)
            .OrderBy(l => l.LessonNumber)
            .Join(db.Lessons, l => l.LessonNumber, l => l.Number, (l, t) => new ExperimentLessonDto(l.LessonNumber, new LocalizedText(t.Title.Nl, t.Title.En), l.Helped, l.Note))
            .ToListAsync(cancellationToken);
        var timeline = await db.Experiments.Where(x => x.Id == e.Id).SelectMany(x => x.Timeline)
            .OrderByDescending(t => t.AtUtc).ThenByDescending(t => t.Id)
            .LeftJoin(db.People, t => t.AuthorUserId, p => p.Id, (t, p) => new TimelineEntryDto(t.Id, t.AtUtc, t.Kind, t.FromStatus, t.ToStatus, t.Note, p == null ? null : p.DisplayName))
            .ToListAsync(cancellationToken);

        // Who overcame the barriers this project still meets: the five per barrier with the most themes in common.
        // One query per open barrier (seven at most): one query for all of them, with a window function, took twice
        // as long on the 10,000 network, as it ranks every candidate instead of keeping the best five. Each ranks every
        // project that overcame the barrier (about 700 on that network, 4–5 ms), so the result is kept in the read
        // cache for all who read the same (visitors, or the signed in of one municipality) until the next save.
        var whoOvercame = new List<PeerGroupDto>();
        var themeKeys = themes.Select(t => t.Key).ToList();
        foreach (var barrier in barriers.Where(b => b.State != BarrierState.Overcome))
        {
            var number = barrier.Number;
            var peers = await cache.GetAsync($"peers|{e.Id}|{number}|{viewer.ReadersKey()}", () => db.Experiments.AsNoTracking()
                .Where(x => x.DeletedAtUtc == null && x.MunicipalityId != e.MunicipalityId)
                .VisibleTo(viewer)
                .SelectMany(x => x.Barriers, (x, b) => new { x, b })
                .Where(p => p.b.BarrierNumber == number && p.b.State == BarrierState.Overcome)
                .Select(p => new
                {
                    p.x.Id,
                    p.x.Title,
                    p.x.MunicipalityId,
                    p.x.UpdatedAtUtc,
                    Shared = p.x.Themes.Count(t => themeKeys.Contains(t.ThemeKey)),
                    How = p.b.Note,
                })
                .OrderByDescending(p => p.Shared).ThenByDescending(p => p.UpdatedAtUtc).ThenBy(p => p.Id)
                .Take(PeersPerBarrier)
                .Join(db.Municipalities, p => p.MunicipalityId, m => m.Id, (p, m) => new PeerDto(p.Id, p.Title, m.Name, p.Shared, p.How))
                .ToListAsync(cancellationToken));
            whoOvercame.Add(new PeerGroupDto(number, barrier.Title, peers));
        }

        var moderator = viewer.CanModerate();
        var reflectionRows = await db.Reflections.AsNoTracking()
            .Where(r => r.ExperimentId == e.Id && (r.HiddenAtUtc == null || moderator))
            .OrderByDescending(r => r.CreatedAtUtc)
            .LeftJoin(db.People, r => r.AuthorUserId, p => p.Id, (r, p) => new
            {
                r.Id, r.Kind, r.Title, r.BodyHtml, r.AuthorUserId, AuthorName = p == null ? null : p.DisplayName, r.CreatedAtUtc, r.HiddenReason,
                Recognitions = db.Recognitions.Count(x => x.ReflectionId == r.Id),
                Comments = db.Comments.Count(x => x.ReflectionId == r.Id && x.HiddenAtUtc == null),
                r.TimelineEntryId,
            })
            .ToListAsync(cancellationToken);
        var reflectionIds = reflectionRows.Select(r => r.Id).ToList();
        var reflectionLessons = (await db.Reflections.Where(r => reflectionIds.Contains(r.Id)).SelectMany(r => r.Lessons).ToListAsync(cancellationToken))
            .ToLookup(l => l.ReflectionId, l => l.LessonNumber);
        var reflectionBarriers = (await db.Reflections.Where(r => reflectionIds.Contains(r.Id)).SelectMany(r => r.Barriers).ToListAsync(cancellationToken))
            .ToLookup(b => b.ReflectionId, b => b.BarrierNumber);
        var reflections = reflectionRows.Select(r => new ReflectionDto(
            r.Id, r.Kind, r.Title, r.BodyHtml, r.AuthorName, r.CreatedAtUtc,
            reflectionLessons[r.Id].Order().ToList(), reflectionBarriers[r.Id].Order().ToList(),
            r.Recognitions, r.Comments, r.TimelineEntryId, CanEdit: false, CanDelete: false, r.HiddenReason)).ToList();

        // Names are for signed-in users of the network (Access.CanSeePeople), not for the open web.
        if (!viewer.CanSeePeople())
        {
            timeline = timeline.Select(t => t with { AuthorName = null }).ToList();
            reflections = reflections.Select(r => r with { AuthorName = null }).ToList();
        }

        var seePeople = viewer.CanSeePeople();

        // The record's other contact persons, by name, for the signed in only (one query, only when there are any).
        var record = seePeople ? e.Record : e.Record with { ContactUserIds = [] };
        var contactIds = record.ContactUserIds;
        var otherContacts = contactIds.Count == 0
            ? []
            : await db.People.Where(p => contactIds.Contains(p.Id)).OrderBy(p => p.DisplayName).Select(p => p.DisplayName).ToListAsync(cancellationToken);
        var detail = new ExperimentDetailDto(
            e.Id, e.MunicipalityId, experiment.Municipality, e.Title, e.Neighbourhood, e.Place, e.Summary, e.Homes, e.StartDate, e.EndDate,
            seePeople ? e.ContactUserId : null, seePeople ? experiment.ContactName : null, e.Visibility, e.Status, e.StatusReason, e.Version, e.CreatedAtUtc, e.UpdatedAtUtc,
            themes, partners, barriers, lessons, timeline, whoOvercame, reflections, CanEdit: false,
            e.StartPrecision, e.EndPrecision, e.OtherCoupling, experiment.Example, record, otherContacts,
            await DocumentList.OfAsync(db, e.Id, cancellationToken),
            ContinuityWarning: null);
        return new Content(detail, reflectionRows.Select(r => r.AuthorUserId).ToList());
    }

    // For its own members: the names of who can still be asked (named, and still a member) when fewer than two, unless
    // they set the anchoring watch's flag aside; null when there is nothing to warn of.
    private async Task<IReadOnlyList<string>?> ContinuityWarningAsync(ExperimentDetailDto e, CancellationToken cancellationToken)
    {
        var named = e.Record.Contacts(e.ContactUserId).ToList();
        var askable = named.Count == 0
            ? []
            : await db.Memberships.Where(m => m.MunicipalityId == e.MunicipalityId && named.Contains(m.UserId))
                .Join(db.People, m => m.UserId, p => p.Id, (_, p) => p.DisplayName).OrderBy(n => n).ToListAsync(cancellationToken);
        return askable.Count >= 2 || await db.AnchoringDismissals.AnyAsync(d => d.ExperimentId == e.Id && d.Kind == AnchoringFlagKind.SingleContact, cancellationToken)
            ? null
            : askable;
    }
}
