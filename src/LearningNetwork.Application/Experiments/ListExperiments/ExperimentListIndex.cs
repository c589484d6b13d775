using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.ListExperiments;

/// <summary>
/// What the list filters, counts and sorts on, for every live project, in memory (ADR 0022): its visibility and
/// municipality, status, dates and title, themes, barriers with their state, lessons and case-record tags. A list page
/// then filters, counts its facets and picks its page here, and reads only that page's rows from the database.
/// Loaded once per <see cref="ReadCache.ListVersion"/> (a save of a project or a municipality on this node moves it on,
/// a comment or a reflection does not), and again once <see cref="ReadCache.Lifetime"/> has passed, which bounds how
/// long another node's change can go unseen, as for everything the read cache keeps.
/// </summary>
public sealed class ExperimentListIndex(ReadCache cache, TimeProvider clock) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private Snapshot? _current;
    private long _loads;

    public async ValueTask<Loaded> GetAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var current = Volatile.Read(ref _current);
        if (Fresh(current) is { } fresh)
        {
            return fresh.Index;
        }

        if (current is not null && current.Version == cache.ListVersion)
        {
            // Only old, with nothing saved here since: while one request loads it again, the others go on with it.
            if (!await _loading.WaitAsync(0, cancellationToken))
            {
                return current.Index;
            }
        }
        else
        {
            // After a save here everyone waits for the load, so the save shows; who waited finds it loaded.
            await _loading.WaitAsync(cancellationToken);
        }

        try
        {
            if (Fresh(_current) is { } loaded)
            {
                return loaded.Index;
            }

            // The version read before the rows: a save in between leaves this snapshot stale at once.
            var version = cache.ListVersion;
            var at = clock.GetUtcNow();
            var entries = await LoadAsync(db, cancellationToken);
            var snapshot = new Snapshot(version, at, new Loaded(++_loads, entries, entries.Select((e, i) => (e.Id, i)).ToDictionary(x => x.Id, x => x.i)));
            Volatile.Write(ref _current, snapshot);
            return snapshot.Index;
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose() => _loading.Dispose();

    private Snapshot? Fresh(Snapshot? snapshot) =>
        snapshot is not null && snapshot.Version == cache.ListVersion && clock.GetUtcNow() - snapshot.LoadedAt < ReadCache.Lifetime ? snapshot : null;

    /// <summary>Six commands, newest first: the projects, then each of their lists, matched up in memory.</summary>
    private static async Task<Entry[]> LoadAsync(IAppDbContext db, CancellationToken cancellationToken)
    {
        var live = db.Experiments.AsNoTracking().Where(e => e.DeletedAtUtc == null);
        var municipalities = await db.Municipalities.AsNoTracking().ToDictionaryAsync(m => m.Id, m => (m.CbsCode, m.Province), cancellationToken);
        var projects = await live
            .OrderByDescending(e => e.CreatedAtUtc).ThenByDescending(e => e.Id)
            .Select(e => new { e.Id, e.Visibility, e.MunicipalityId, e.Status, e.CreatedAtUtc, e.UpdatedAtUtc, e.Title })
            .ToListAsync(cancellationToken);
        var themes = (await live.SelectMany(e => e.Themes).Select(t => new { t.ExperimentId, t.ThemeKey }).ToListAsync(cancellationToken))
            .ToLookup(t => t.ExperimentId, t => string.Intern(t.ThemeKey));
        var barriers = (await live.SelectMany(e => e.Barriers).Select(b => new { b.ExperimentId, b.BarrierNumber, b.State }).ToListAsync(cancellationToken))
            .ToLookup(b => b.ExperimentId, b => new BarrierMark(b.BarrierNumber, b.State));
        var lessons = (await live.SelectMany(e => e.Lessons).Select(l => new { l.ExperimentId, l.LessonNumber }).ToListAsync(cancellationToken))
            .ToLookup(l => l.ExperimentId, l => l.LessonNumber);
        var tags = (await live.SelectMany(e => e.RecordTags).Select(t => new { t.ExperimentId, t.Tag }).ToListAsync(cancellationToken))
            .ToLookup(t => t.ExperimentId, t => string.Intern(t.Tag));
        return projects
            .Where(p => municipalities.ContainsKey(p.MunicipalityId))
            .Select(p => new Entry(
                p.Id, p.Visibility, p.MunicipalityId, municipalities[p.MunicipalityId].CbsCode, municipalities[p.MunicipalityId].Province,
                p.Status, p.CreatedAtUtc, p.UpdatedAtUtc, p.Title,
                [.. themes[p.Id].Order(StringComparer.Ordinal)], [.. barriers[p.Id]], [.. lessons[p.Id]], [.. tags[p.Id]]))
            .ToArray();
    }

    /// <summary>One project as the list sees it; the entries come newest first.</summary>
    public sealed record Entry(
        int Id,
        Visibility Visibility,
        int MunicipalityId,
        string CbsCode,
        Province Province,
        ExperimentStatus Status,
        DateTime CreatedAtUtc,
        DateTime UpdatedAtUtc,
        string Title,
        string[] Themes,
        BarrierMark[] Barriers,
        int[] Lessons,
        string[] RecordTags)
    {
        public bool ReadableBy(Viewer viewer) => Readable(Visibility, MunicipalityId, viewer);
    }

    /// <summary>The same rule as <see cref="Access.ReadableBy{T}"/>, which the database applies elsewhere.</summary>
    public static bool Readable(Visibility visibility, int municipalityId, Viewer viewer) =>
        visibility == Visibility.Public
        || (viewer.IsAuthenticated && visibility == Visibility.Network)
        || (viewer.MunicipalityId is { } own && municipalityId == own);

    public readonly record struct BarrierMark(int Number, BarrierState State);

    /// <summary>
    /// The entries newest first, and where each project stands among them. <see cref="Generation"/> counts the loads:
    /// what is kept of a snapshot is kept under it, so it goes when the snapshot does and lags no longer than it.
    /// </summary>
    public sealed record Loaded(long Generation, Entry[] Entries, IReadOnlyDictionary<int, int> Positions)
    {
        /// <summary>The entries of these projects, newest first: a search walks only its hits.</summary>
        public IEnumerable<Entry> Of(IEnumerable<int> ids) =>
            ids.Select(id => Positions.TryGetValue(id, out var position) ? position : -1).Where(p => p >= 0).Order().Select(p => Entries[p]);
    }

    private sealed record Snapshot(long Version, DateTimeOffset LoadedAt, Loaded Index);
}
