using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Werksessies.MarkNextStepDone;
using LearningNetwork.Application.Werksessies.SaveHarvest;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Werksessies;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>Someone invited (or the organiser), from the municipality they were invited for.</summary>
internal sealed record HarvestParticipant(string UserId, int MunicipalityId, InvitationResponse Response);

/// <summary>A werksessie as its harvest needs it: when, about what, who took part and whether a harvest was recorded.</summary>
internal sealed record HarvestScope(
    int WerksessieId,
    string Title,
    int BarrierNumber,
    int MunicipalityId,
    int? QuestionId,
    DateTime StartsAtUtc,
    WerksessieState State,
    string OrganiserUserId,
    IReadOnlyList<HarvestParticipant> Invited,
    int? HarvestId,
    Visibility? Audience,
    DateTime? PublishedAtUtc,
    DateTime? CorrectionsCloseAtUtc)
{
    /// <summary>The municipalities taking part: the organiser's and those of everyone invited.</summary>
    public IReadOnlyList<int> Municipalities => [.. Invited.Select(i => i.MunicipalityId).Append(MunicipalityId).Distinct()];

    /// <summary>Those who took part: the organiser and those invited who did not decline.</summary>
    public HarvestParticipant? Participant(Viewer viewer) =>
        Invited.FirstOrDefault(i => i.UserId == viewer.UserId && i.Response != InvitationResponse.Declined);

    public bool Published => PublishedAtUtc is not null;

    /// <summary>Those who may read the werksessie read its harvest from the start; once published, its audience does.</summary>
    public bool MayRead(Viewer viewer) =>
        viewer.CanReadWerksessie(Invited.Any(i => i.UserId == viewer.UserId), Municipalities)
        || (HarvestId is not null && Published && (Audience == Visibility.Public || (Audience == Visibility.Network && viewer.IsSignedIn())));

    /// <summary>The organiser records it once the werksessie began; then everyone who took part adds and corrects, for a week.</summary>
    public bool MayEdit(Viewer viewer, DateTime nowUtc) =>
        State == WerksessieState.Planned && StartsAtUtc <= nowUtc
        && (HarvestId is null ? viewer.UserId == OrganiserUserId : !Published && nowUtc < CorrectionsCloseAtUtc && Participant(viewer) is not null);
}

/// <summary>
/// Who may act on a harvest, before its input is validated: those who took part edit it (anyone else 403, or 404 when
/// they may not even read the werksessie); a next step is marked done by its owner or the organiser.
/// </summary>
internal sealed class HarvestAccess(IAppDbContext db) :
    IAccessRule<SaveHarvestCommand>,
    IAccessRule<MarkNextStepDoneCommand>
{
    public async ValueTask DemandAsync(SaveHarvestCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var scope = await ReadableAsync(db, message.WerksessieId, viewer, cancellationToken);
        Access.Demand(scope.Participant(viewer) is not null);
    }

    public async ValueTask DemandAsync(MarkNextStepDoneCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        var scope = await ReadableAsync(db, message.WerksessieId, viewer, cancellationToken);
        var owner = await db.HarvestNextSteps.AsNoTracking()
            .Where(s => s.Id == message.StepId && db.WerksessieHarvests.Any(h => h.Id == s.HarvestId && h.WerksessieId == message.WerksessieId))
            .Select(s => s.OwnerUserId)
            .SingleOrDefaultAsync(cancellationToken) ?? throw NotFoundException.For("NextStep", message.StepId);
        Access.Demand(viewer.UserId == owner || viewer.UserId == scope.OrganiserUserId);
    }

    /// <summary>The published harvests a viewer may read by their audience: the public ones, and for the signed in those of the network.</summary>
    public static IQueryable<WerksessieHarvest> Published(IAppDbContext db, Viewer viewer)
    {
        var signedIn = viewer.IsSignedIn();
        return db.WerksessieHarvests.Where(h => h.PublishedAtUtc != null && (h.Audience == Visibility.Public || (signedIn && h.Audience == Visibility.Network)));
    }

    /// <summary>The werksessie and its harvest's state; 404 when there is none or the viewer may read neither.</summary>
    public static async Task<HarvestScope> ReadableAsync(IAppDbContext db, int werksessieId, Viewer viewer, CancellationToken cancellationToken)
    {
        var scope = await LoadAsync(db, werksessieId, cancellationToken);
        return scope is not null && scope.MayRead(viewer) ? scope : throw NotFoundException.For("Werksessie", werksessieId);
    }

    public static async Task<HarvestScope?> LoadAsync(IAppDbContext db, int werksessieId, CancellationToken cancellationToken)
    {
        var found = await db.Werksessies.AsNoTracking().Where(w => w.Id == werksessieId)
            .Select(w => new
            {
                w.Id,
                w.Title,
                w.BarrierNumber,
                w.MunicipalityId,
                w.QuestionId,
                w.StartsAtUtc,
                w.State,
                w.OrganiserUserId,
                Invited = w.Invitations.Select(i => new HarvestParticipant(i.UserId, i.MunicipalityId, i.Response)).ToList(),
                Harvest = db.WerksessieHarvests.Where(h => h.WerksessieId == w.Id)
                    .Select(h => new { h.Id, h.Audience, h.PublishedAtUtc, h.CorrectionsCloseAtUtc })
                    .FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new HarvestScope(
                found.Id,
                found.Title,
                found.BarrierNumber,
                found.MunicipalityId,
                found.QuestionId,
                found.StartsAtUtc,
                found.State,
                found.OrganiserUserId,
                found.Invited,
                found.Harvest?.Id,
                found.Harvest?.Audience,
                found.Harvest?.PublishedAtUtc,
                found.Harvest?.CorrectionsCloseAtUtc);
    }

    /// <summary>A clear message, not an error, for a harvest that cannot be changed now.</summary>
    public static void DemandEditable(HarvestScope scope, Viewer viewer, DateTime nowUtc)
    {
        if (scope.MayEdit(viewer, nowUtc))
        {
            return;
        }

        var message = scope.State != WerksessieState.Planned ? AppTexts.WerksessieCancelled
            : scope.StartsAtUtc > nowUtc ? AppTexts.HarvestNotYet
            : scope.HarvestId is null ? AppTexts.HarvestOrganiserFirst
            : AppTexts.HarvestClosed;
        throw new ValidationException([new ValidationFailure(string.Empty, message)]);
    }
}
