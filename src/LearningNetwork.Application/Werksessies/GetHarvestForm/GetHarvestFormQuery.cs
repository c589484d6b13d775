using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Werksessies.SaveHarvest;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Werksessies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.GetHarvestForm;

/// <summary>A project an eye-opener may be about: of a municipality taking part, those tagged with the werksessie's barrier first.</summary>
public sealed record HarvestProjectOption(int Id, string Title, string Municipality);

public sealed record HarvestOption(string Value, string Label);

/// <summary>An eye-opener row's state beyond what is typed: whose it is, who consented, and whether its project is one the viewer cannot read (it is kept as it is).</summary>
public sealed record EyeOpenerState(int Id, string Municipality, bool Mine, string? ConsentBy, bool ProjectHidden);

/// <summary>A rewording of another municipality's question: shown (its words only when the viewer may read the question), kept, not changed here.</summary>
public sealed record OtherRewording(int Id, string Municipality, string? Question, string? Text);

public sealed record HarvestFormDto(
    int WerksessieId,
    string Title,
    int BarrierNumber,
    LocalizedText BarrierTitle,
    string Date,
    bool Exists,
    int Version,
    bool IsOrganiser,
    string MyMunicipality,
    DateTime? CorrectionsCloseAtUtc,
    string? NotEditable,
    Visibility Audience,
    IReadOnlyList<EyeOpenerRow> EyeOpeners,
    IReadOnlyList<EyeOpenerState> EyeOpenerStates,
    IReadOnlyList<RewordingRow> Rewordings,
    IReadOnlyList<OtherRewording> OtherRewordings,
    IReadOnlyList<NextStepRow> NextSteps,
    IReadOnlyList<HarvestProjectOption> Projects,
    IReadOnlyList<HarvestOption> Questions,
    IReadOnlyList<HarvestOption> Owners,
    int? DefaultQuestionId);

/// <summary>
/// The harvest form as the one who took part meets it: the rows so far and what may be chosen. When it cannot be
/// changed now (the werksessie has not begun, the organiser has not recorded it yet, the week is over) it says why.
/// </summary>
public sealed record GetHarvestFormQuery(int WerksessieId) : IQuery<HarvestFormDto>, ISignedInOnly;

public sealed class GetHarvestFormHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<GetHarvestFormQuery, HarvestFormDto>
{
    public async ValueTask<HarvestFormDto> Handle(GetHarvestFormQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var scope = await HarvestAccess.ReadableAsync(db, query.WerksessieId, viewer, cancellationToken);
        var me = scope.Participant(viewer) ?? throw new ForbiddenException();

        // One speaks for the municipality one was invited for only while still one of its members.
        var mine = viewer.MunicipalityId == me.MunicipalityId ? me.MunicipalityId : -1;
        var now = clock.GetUtcNow().UtcDateTime;
        string? notEditable = null;
        try
        {
            HarvestAccess.DemandEditable(scope, viewer, now);
        }
        catch (ValidationException exception)
        {
            notEditable = exception.Errors.First().ErrorMessage;
        }

        var harvest = scope.HarvestId is { } harvestId
            ? await db.WerksessieHarvests.AsNoTracking().Include(h => h.EyeOpeners).Include(h => h.Rewordings).Include(h => h.NextSteps).SingleAsync(h => h.Id == harvestId, cancellationToken)
            : null;
        var municipalities = scope.Municipalities;
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalities.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var barrier = scope.BarrierNumber;
        var projects = await db.ReadableExperiments(viewer)
            .Where(e => municipalities.Contains(e.MunicipalityId))
            .OrderByDescending(e => e.Barriers.Any(b => b.BarrierNumber == barrier)).ThenBy(e => e.Title)
            .Select(e => new { e.Id, e.Title, e.MunicipalityId })
            .ToListAsync(cancellationToken);
        var questions = await db.ReadableQuestions(viewer)
            .Where(q => q.MunicipalityId == mine)
            .OrderByDescending(q => q.Id == scope.QuestionId).ThenByDescending(q => q.State != QuestionState.Answered).ThenByDescending(q => q.Barriers.Any(b => b.BarrierNumber == barrier)).ThenBy(q => q.Text)
            .Select(q => new HarvestOption(q.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Text))
            .ToListAsync(cancellationToken);
        // Whose each rewording is, whoever may read its question; its words only for those who may.
        var rewordedIds = harvest?.Rewordings.Select(r => r.QuestionId).ToList() ?? [];
        var owners = await db.LearningQuestions.Where(q => rewordedIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.MunicipalityId, cancellationToken);
        var readable = await db.ReadableQuestions(viewer).Where(q => rewordedIds.Contains(q.Id)).ToDictionaryAsync(q => q.Id, q => q.Text, cancellationToken);
        var rewordings = harvest?.Rewordings.OrderBy(r => r.Id).ToList() ?? [];
        var participants = scope.Invited.Where(i => i.Response != InvitationResponse.Declined).ToList();
        var stepOwners = harvest?.NextSteps.Select(s => s.OwnerUserId) ?? [];
        var participantIds = participants.Select(p => p.UserId).Concat(stepOwners).Concat(harvest?.EyeOpeners.Select(e => e.ConsentByUserId ?? string.Empty) ?? []).Distinct().ToList();
        var people = await db.People.Where(p => participantIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var local = WerksessieTimes.ToLocal(scope.StartsAtUtc);
        var eyeOpeners = harvest?.EyeOpeners.OrderBy(e => e.Id).ToList() ?? [];
        return new HarvestFormDto(
            scope.WerksessieId,
            scope.Title,
            barrier,
            await db.Barriers.AsNoTracking().Where(b => b.Number == barrier).Select(b => new LocalizedText(b.Title.Nl, b.Title.En)).SingleAsync(cancellationToken),
            local.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            harvest is not null,
            harvest?.Version ?? 0,
            viewer.UserId == scope.OrganiserUserId,
            names[me.MunicipalityId],
            harvest?.CorrectionsCloseAtUtc,
            notEditable,
            harvest?.Audience ?? Visibility.Network,
            [.. eyeOpeners.Select(e => new EyeOpenerRow(e.Id, e.ExperimentId, e.Title, e.BodyMarkdown, e.Lessons, e.ConsentByUserId is not null))],
            [.. eyeOpeners.Select(e => new EyeOpenerState(
                e.Id,
                names.GetValueOrDefault(e.MunicipalityId) ?? string.Empty,
                e.MunicipalityId == mine,
                e.ConsentByUserId is null ? null : people.GetValueOrDefault(e.ConsentByUserId) ?? string.Empty,
                projects.All(p => p.Id != e.ExperimentId)))],
            [.. rewordings.Where(r => owners.GetValueOrDefault(r.QuestionId) == mine).Select(r => new RewordingRow(r.Id, r.QuestionId, r.Text, r.Note))],
            [.. rewordings.Where(r => owners.GetValueOrDefault(r.QuestionId) != mine)
                .Select(r => new OtherRewording(
                    r.Id,
                    names.GetValueOrDefault(owners.GetValueOrDefault(r.QuestionId)) ?? string.Empty,
                    readable.GetValueOrDefault(r.QuestionId),
                    readable.ContainsKey(r.QuestionId) ? r.Text : null))],
            [.. harvest?.NextSteps.OrderBy(s => s.Id).Select(s => new NextStepRow(s.Id, s.Description, s.OwnerUserId, s.DueDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))) ?? []],
            [.. projects.Select(p => new HarvestProjectOption(p.Id, p.Title, names[p.MunicipalityId]))],
            questions,
            [.. participants.Where(p => people.ContainsKey(p.UserId)).Select(p => new HarvestOption(p.UserId, $"{people[p.UserId]} ({names[p.MunicipalityId]})")).OrderBy(o => o.Label, StringComparer.CurrentCulture)
                .Concat(stepOwners.Distinct().Where(o => participants.All(p => p.UserId != o) || !people.ContainsKey(o)).Select(o => new HarvestOption(o, people.GetValueOrDefault(o) ?? AppTexts.HarvestFormerParticipant)))],
            scope.QuestionId is { } q && questions.Any(o => o.Value == q.ToString(System.Globalization.CultureInfo.InvariantCulture)) ? q : null);
    }
}
