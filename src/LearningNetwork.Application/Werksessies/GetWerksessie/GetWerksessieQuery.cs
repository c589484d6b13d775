using System.Globalization;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Werksessies;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.GetWerksessie;

public sealed record WerksessiePersonDto(string Name, string Municipality, int MunicipalityId, InvitationResponse Response, bool Organiser);

/// <summary>A werksessie as its page shows it; the times in UTC and, for the form, as typed in Dutch time.</summary>
public sealed record WerksessieDto(
    int Id,
    string Title,
    int BarrierNumber,
    LocalizedText BarrierTitle,
    int MunicipalityId,
    string Municipality,
    int? ExperimentId,
    string? ExperimentTitle,
    int? QuestionId,
    string? QuestionText,
    DateTime StartsAtUtc,
    DateTime EndsAtUtc,
    string Date,
    string StartTime,
    string EndTime,
    bool Online,
    string? Location,
    string AgendaMarkdown,
    string AgendaHtml,
    WerksessieState State,
    string OrganiserName,
    IReadOnlyList<WerksessiePersonDto> People,
    InvitationResponse? MyResponse,
    bool CanChange,
    bool CanRespond,
    bool HasHarvest,
    bool CanRecordHarvest);

/// <summary>One werksessie, for those who may read it (those invited, the members of the municipalities taking part); to anyone else it does not exist.</summary>
public sealed record GetWerksessieQuery(int Id) : IQuery<WerksessieDto>, ISignedInOnly;

public sealed class GetWerksessieHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : IQueryHandler<GetWerksessieQuery, WerksessieDto>
{
    public async ValueTask<WerksessieDto> Handle(GetWerksessieQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        await WerksessieAccess.ReadableAsync(db, query.Id, viewer, cancellationToken);
        var w = await db.Werksessies.AsNoTracking().Include(x => x.Invitations).SingleAsync(x => x.Id == query.Id, cancellationToken);
        var barrier = await db.Barriers.AsNoTracking().Where(b => b.Number == w.BarrierNumber).Select(b => new LocalizedText(b.Title.Nl, b.Title.En)).SingleAsync(cancellationToken);
        var municipalityIds = w.Invitations.Select(i => i.MunicipalityId).Append(w.MunicipalityId).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var userIds = w.Invitations.Select(i => i.UserId).Append(w.OrganiserUserId).ToList();
        var people = await db.People.Where(p => userIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        var experiment = w.ExperimentId is { } experimentId
            ? await db.ReadableExperiments(viewer).Where(e => e.Id == experimentId).Select(e => e.Title).SingleOrDefaultAsync(cancellationToken)
            : null;
        var question = w.QuestionId is { } questionId
            ? await db.ReadableQuestions(viewer).Where(q => q.Id == questionId).Select(q => q.Text).SingleOrDefaultAsync(cancellationToken)
            : null;
        var start = WerksessieTimes.ToLocal(w.StartsAtUtc);
        var end = WerksessieTimes.ToLocal(w.EndsAtUtc);
        var mine = w.Invitations.SingleOrDefault(i => i.UserId == viewer.UserId);
        var now = clock.GetUtcNow().UtcDateTime;
        var upcoming = w.State == WerksessieState.Planned && w.StartsAtUtc > now;
        var harvest = await HarvestAccess.LoadAsync(db, w.Id, cancellationToken);
        return new WerksessieDto(
            w.Id,
            w.Title,
            w.BarrierNumber,
            barrier,
            w.MunicipalityId,
            names[w.MunicipalityId],
            experiment is null ? null : w.ExperimentId,
            experiment,
            question is null ? null : w.QuestionId,
            question,
            w.StartsAtUtc,
            w.EndsAtUtc,
            start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            start.ToString("HH:mm", CultureInfo.InvariantCulture),
            end.ToString("HH:mm", CultureInfo.InvariantCulture),
            w.Online,
            w.Location,
            w.AgendaMarkdown,
            w.AgendaHtml,
            w.State,
            people.GetValueOrDefault(w.OrganiserUserId) ?? string.Empty,
            [.. w.Invitations
                .Where(i => people.ContainsKey(i.UserId))
                .Select(i => new WerksessiePersonDto(people[i.UserId], names[i.MunicipalityId], i.MunicipalityId, i.Response, i.UserId == w.OrganiserUserId))
                .OrderByDescending(p => p.Organiser).ThenBy(p => p.Municipality, StringComparer.CurrentCulture).ThenBy(p => p.Name, StringComparer.CurrentCulture)],
            mine?.Response,
            upcoming && viewer.CanChangeWerksessie(w.OrganiserUserId),
            upcoming && mine is not null && w.OrganiserUserId != viewer.UserId,
            harvest?.HarvestId is not null,
            harvest?.MayEdit(viewer, now) == true);
    }
}
