using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies;

/// <summary>An eye-opener as the digest names it: its municipality only with consent.</summary>
public sealed record PublishedEyeOpener(string Title, string? Municipality);

public sealed record PublishedNextStep(string Description, string? Owner, DateOnly DueDate);

/// <summary>A harvest published in the digest's week, as the digest tells it.</summary>
public sealed record PublishedHarvest(int WerksessieId, string Title, int BarrierNumber, IReadOnlyList<PublishedEyeOpener> EyeOpeners, IReadOnlyList<string> Rewordings, IReadOnlyList<PublishedNextStep> NextSteps);

/// <summary>The harvests published in [from, to) that a person may read: those of the network and the public ones, and those of werksessies they may read.</summary>
public static class PublishedHarvests
{
    public static async Task<IReadOnlyList<PublishedHarvest>> LoadAsync(IAppDbContext db, Viewer viewer, DateTime fromUtc, DateTime toUtc, int max, CancellationToken cancellationToken)
    {
        var found = await HarvestAccess.Published(db, viewer).AsNoTracking()
            .Where(h => h.PublishedAtUtc >= fromUtc && h.PublishedAtUtc < toUtc)
            .Include(h => h.EyeOpeners).Include(h => h.Rewordings).Include(h => h.NextSteps)
            .OrderByDescending(h => h.PublishedAtUtc).ThenByDescending(h => h.Id)
            .Take(max)
            .ToListAsync(cancellationToken);
        if (found.Count == 0)
        {
            return [];
        }

        var werksessieIds = found.Select(h => h.WerksessieId).ToList();
        var werksessies = await db.Werksessies.AsNoTracking().Where(w => werksessieIds.Contains(w.Id))
            .Select(w => new { w.Id, w.Title, w.BarrierNumber })
            .ToDictionaryAsync(w => w.Id, cancellationToken);
        var harvests = found.Select(h => new { Harvest = h, werksessies[h.WerksessieId].Title, werksessies[h.WerksessieId].BarrierNumber }).ToList();
        var municipalityIds = harvests.SelectMany(x => x.Harvest.EyeOpeners).Select(e => e.MunicipalityId).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => municipalityIds.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var questionIds = harvests.SelectMany(x => x.Harvest.Rewordings).Select(r => r.QuestionId).ToList();
        var readable = await db.ReadableQuestions(viewer).Where(q => questionIds.Contains(q.Id)).Select(q => q.Id).ToListAsync(cancellationToken);
        var ownerIds = harvests.SelectMany(x => x.Harvest.NextSteps).Select(s => s.OwnerUserId).Distinct().ToList();
        var owners = await db.People.Where(p => ownerIds.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.DisplayName, cancellationToken);
        return [.. harvests.Select(x => new PublishedHarvest(
            x.Harvest.WerksessieId,
            x.Title,
            x.BarrierNumber,
            [.. x.Harvest.EyeOpeners.OrderBy(e => e.Id).Select(e => new PublishedEyeOpener(e.Title, e.ConsentByUserId is null ? null : names.GetValueOrDefault(e.MunicipalityId)))],
            [.. x.Harvest.Rewordings.Where(r => readable.Contains(r.QuestionId)).OrderBy(r => r.Id).Select(r => r.Text)],
            [.. x.Harvest.NextSteps.OrderBy(s => s.DueDate).Select(s => new PublishedNextStep(s.Description, owners.GetValueOrDefault(s.OwnerUserId), s.DueDate))]))];
    }
}
