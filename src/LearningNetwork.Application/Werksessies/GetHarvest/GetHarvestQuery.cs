using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.GetHarvest;

/// <summary>
/// An eye-opener as shown: its municipality and project only when that municipality consented or the viewer may read
/// the werksessie itself; the reflection it became, once published.
/// </summary>
public sealed record HarvestEyeOpenerDto(int Id, string Title, string BodyHtml, IReadOnlyList<int> Lessons, string? Municipality, int? ExperimentId, string? ExperimentTitle, bool Consented, string? ConsentBy, int? ReflectionId);

/// <summary>A rewording: the question's wording before (<see cref="Before"/>, until published) and the new one.</summary>
public sealed record HarvestRewordingDto(int QuestionId, string Municipality, string Text, string? Before, string? Note);

/// <summary>A next step; its owner named for the signed in only.</summary>
public sealed record HarvestNextStepDto(int Id, string Description, string? Owner, DateOnly DueDate, bool Done, bool Overdue, bool CanMarkDone);

public sealed record HarvestDto(
    int WerksessieId,
    string Title,
    int BarrierNumber,
    LocalizedText BarrierTitle,
    DateTime StartsAtUtc,
    Visibility Audience,
    DateTime? PublishedAtUtc,
    DateTime CorrectionsCloseAtUtc,
    IReadOnlyList<string> Municipalities,
    string? RecordedBy,
    IReadOnlyList<HarvestEyeOpenerDto> EyeOpeners,
    IReadOnlyList<HarvestRewordingDto> Rewordings,
    IReadOnlyList<HarvestNextStepDto> NextSteps,
    bool CanEdit,
    bool CanReadWerksessie);

/// <summary>
/// A werksessie's harvest: for those who may read the werksessie from when it is recorded; once published, for its
/// audience (the network, or also visitors). To anyone else, and before it is recorded, it does not exist.
/// </summary>
public sealed record GetHarvestQuery(int WerksessieId) : IQuery<HarvestDto>;

public sealed class GetHarvestHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<GetHarvestQuery, HarvestDto>
{
    public async ValueTask<HarvestDto> Handle(GetHarvestQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var scope = await HarvestAccess.ReadableAsync(db, query.WerksessieId, viewer, cancellationToken);
        if (scope.HarvestId is not { } harvestId)
        {
            throw NotFoundException.For("Harvest", query.WerksessieId);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var insider = viewer.CanReadWerksessie(scope.Invited.Any(i => i.UserId == viewer.UserId), scope.Municipalities);
        var harvest = await db.WerksessieHarvests.AsNoTracking()
            .Include(h => h.EyeOpeners).Include(h => h.Rewordings).Include(h => h.NextSteps)
            .SingleAsync(h => h.Id == harvestId, cancellationToken);
        var barrier = await db.Barriers.AsNoTracking().Where(b => b.Number == scope.BarrierNumber).Select(b => new LocalizedText(b.Title.Nl, b.Title.En)).SingleAsync(cancellationToken);
        var municipalityIds = scope.Municipalities;
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var experimentIds = harvest.EyeOpeners.Select(e => e.ExperimentId).ToList();
        var projects = await db.ReadableExperiments(viewer).Where(e => experimentIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        var reflectionIds = harvest.EyeOpeners.Where(e => e.ReflectionId != null).Select(e => e.ReflectionId!.Value).ToList();
        var reflections = await db.ReadableReflections(viewer).Where(r => reflectionIds.Contains(r.Id)).Select(r => r.Id).ToListAsync(cancellationToken);
        var questionIds = harvest.Rewordings.Select(r => r.QuestionId).ToList();
        var questions = await db.ReadableQuestions(viewer).Where(q => questionIds.Contains(q.Id))
            .Select(q => new { q.Id, q.MunicipalityId, q.Text })
            .ToDictionaryAsync(q => q.Id, cancellationToken);
        var seePeople = viewer.CanSeePeople();
        var personIds = harvest.NextSteps.Select(s => s.OwnerUserId).Concat(harvest.EyeOpeners.Select(e => e.ConsentByUserId ?? string.Empty)).Append(harvest.RecordedByUserId).Distinct().ToList();
        var people = seePeople
            ? await db.People.Where(p => personIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken)
            : [];
        var today = DateOnly.FromDateTime(WerksessieTimes.ToLocal(now));
        var published = harvest.PublishedAtUtc is not null;
        return new HarvestDto(
            scope.WerksessieId,
            scope.Title,
            scope.BarrierNumber,
            barrier,
            scope.StartsAtUtc,
            harvest.Audience,
            harvest.PublishedAtUtc,
            harvest.CorrectionsCloseAtUtc,
            insider ? [.. municipalityIds.Select(id => names[id]).Order(StringComparer.CurrentCulture)] : [],
            people.GetValueOrDefault(harvest.RecordedByUserId),
            [.. harvest.EyeOpeners.OrderBy(e => e.Id).Select(e =>
            {
                var named = e.ConsentByUserId is not null || insider;
                return new HarvestEyeOpenerDto(
                    e.Id,
                    e.Title,
                    e.BodyHtml,
                    e.Lessons,
                    named ? names.GetValueOrDefault(e.MunicipalityId) : null,
                    named && projects.ContainsKey(e.ExperimentId) ? e.ExperimentId : null,
                    named ? projects.GetValueOrDefault(e.ExperimentId) : null,
                    e.ConsentByUserId is not null,
                    e.ConsentByUserId is null ? null : people.GetValueOrDefault(e.ConsentByUserId),
                    e.ReflectionId is { } r && reflections.Contains(r) ? r : null);
            })],
            [.. harvest.Rewordings.Where(r => questions.ContainsKey(r.QuestionId)).OrderBy(r => r.Id).Select(r => new HarvestRewordingDto(
                r.QuestionId,
                names.GetValueOrDefault(questions[r.QuestionId].MunicipalityId) ?? string.Empty,
                r.Text,
                published ? null : questions[r.QuestionId].Text,
                r.Note))],
            [.. harvest.NextSteps.OrderBy(s => s.DueDate).ThenBy(s => s.Id).Select(s => new HarvestNextStepDto(
                s.Id,
                s.Description,
                people.GetValueOrDefault(s.OwnerUserId),
                s.DueDate,
                s.DoneAtUtc is not null,
                s.DoneAtUtc is null && s.DueDate < today,
                viewer.UserId is not null && (viewer.UserId == s.OwnerUserId || viewer.UserId == scope.OrganiserUserId)))],
            scope.MayEdit(viewer, now),
            insider);
    }
}
