using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.GetLeadTime;

/// <summary>How long comparable couplings took, in months: the median and the middle half; null below <see cref="GetLeadTimeHandler.MinProjects"/>.</summary>
public sealed record LeadTimeDto(int Projects, int? MedianMonths, int? LowerQuartileMonths, int? UpperQuartileMonths);

/// <summary>
/// The lead-time hint beside a project's expected end (lesson 2 of the schetsboek, take time for collaboration: in Amsterdam ten years proved more realistic than two): how long
/// comparable couplings in the network took from their actual start to their actual realisation. Comparable: sharing a
/// theme and of a similar size (at most twice as many or as few homes, when both are known). The actual dates come
/// from the case record (the first actual month of a phase to the last), else, for a realised or anchored project,
/// from its start and end. Kept in the read cache per readers, themes and size until the next save.
/// </summary>
public sealed record GetLeadTimeQuery(IReadOnlyList<string> Themes, int? Homes, int? ExceptExperimentId) : IQuery<LeadTimeDto>;

public sealed class GetLeadTimeHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache, TimeProvider clock) : IQueryHandler<GetLeadTimeQuery, LeadTimeDto>
{
    /// <summary>Fewer comparable projects than this say nothing about a lead time.</summary>
    public const int MinProjects = 3;

    public async ValueTask<LeadTimeDto> Handle(GetLeadTimeQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var themes = query.Themes.Distinct().Order(StringComparer.Ordinal).ToList();
        var key = $"leadtime|{viewer.ReadersKey()}|{string.Join(',', themes)}|{query.Homes}|{query.ExceptExperimentId}";
        return await cache.GetAsync(key, () => LoadAsync(viewer, themes, query.Homes, query.ExceptExperimentId, cancellationToken));
    }

    private async Task<LeadTimeDto> LoadAsync(Viewer viewer, List<string> themes, int? homes, int? except, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var candidates = await db.ReadableExperiments(viewer)
            .Where(e => e.Id != except && (themes.Count == 0 || e.Themes.Any(t => themes.Contains(t.ThemeKey))))
            .Where(e => homes == null || e.Homes == null || (e.Homes * 2 >= homes && e.Homes <= homes * 2))
            .Select(e => new { e.Status, e.StartDate, e.EndDate, e.Record })
            .ToListAsync(cancellationToken);
        var months = candidates
            .Select(c => Months(c.Record, c.Status, c.StartDate, c.EndDate, today))
            .OfType<int>()
            .Order()
            .ToList();
        return months.Count < MinProjects
            ? new LeadTimeDto(months.Count, null, null, null)
            : new LeadTimeDto(months.Count, Quantile(months, 0.5), Quantile(months, 0.25), Quantile(months, 0.75));
    }

    /// <summary>From the first actual month of a phase to the last, else a realised project's start to end; in whole months.</summary>
    private static int? Months(CaseRecord record, ExperimentStatus status, DateOnly? start, DateOnly? end, DateOnly today)
    {
        var from = record.Phases.Select(p => p.ActualFrom).OfType<DateOnly>().DefaultIfEmpty().Min();
        var to = record.Phases.Select(p => p.ActualTo).OfType<DateOnly>().DefaultIfEmpty().Max();
        if (from == default || to == default || to < from)
        {
            if (status is not (ExperimentStatus.Realised or ExperimentStatus.Anchored) || start is not { } s || end is not { } e || e > today || e < s)
            {
                return null;
            }

            (from, to) = (s, e);
        }

        return ((to.Year - from.Year) * 12) + to.Month - from.Month;
    }

    private static int Quantile(IReadOnlyList<int> sorted, double q)
    {
        var position = (sorted.Count - 1) * q;
        var lower = (int)Math.Floor(position);
        var upper = (int)Math.Ceiling(position);
        return (int)Math.Round(sorted[lower] + ((sorted[upper] - sorted[lower]) * (position - lower)), MidpointRounding.AwayFromZero);
    }
}
