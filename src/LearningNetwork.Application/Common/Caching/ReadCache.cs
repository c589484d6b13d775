using System.Globalization;
using LearningNetwork.Application.Common.Security;
using Microsoft.Extensions.Caching.Memory;

namespace LearningNetwork.Application.Common.Caching;

/// <summary>
/// Reference data, the municipality list, the list page's facet counts and rows, the project pages and their questions
/// (per kind of reader), kept in memory between requests. Every save of anything but bookkeeping moves the version on (<see cref="Changed"/>),
/// which retires everything cached before it at once on this node; the lifetime bounds how long another node's change
/// can go unseen.
/// </summary>
public sealed class ReadCache(TimeProvider clock) : IDisposable
{
    /// <summary>How long what is kept may lag behind another node's writes.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    // Its own cache with a cap (in units of about 10 KB), so many different filters cannot fill the memory; its entries
    // age on the portal's clock.
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 2_000, Clock = new PortalClock(clock) });
    private long _version;
    private long _listVersion;

    /// <summary>
    /// Moves on with every save that retires the cache. Whatever is derived from cached values (a rendered fragment)
    /// belongs under the version read before the values were: a save in between then retires it too.
    /// </summary>
    public long Version => Interlocked.Read(ref _version);

    /// <summary>
    /// For what is rendered from kept values and kept in turn (the cache tag helper's fragments, which age on the
    /// system clock): the <see cref="Version"/>, read before the values were, and the lifetime's current window on the
    /// portal's clock. A save here retires such a fragment at once; another node's change shows in it within two
    /// lifetimes.
    /// </summary>
    public string FragmentStamp => string.Create(CultureInfo.InvariantCulture, $"{Version}.{clock.GetUtcNow().Ticks / Lifetime.Ticks}");

    /// <summary>Moves on with every save that may change what the project list filters on (<see cref="Experiments.ListExperiments.ExperimentListIndex"/>).</summary>
    public long ListVersion => Interlocked.Read(ref _listVersion);

    /// <summary>Retires everything kept; <paramref name="list"/> false for a save that cannot change a project as the list sees it (a comment, a reflection).</summary>
    public void Changed(bool list = true)
    {
        if (list)
        {
            Interlocked.Increment(ref _listVersion);
        }

        Interlocked.Increment(ref _version);
    }

    /// <summary>
    /// The value kept under the key, loaded once per version; <paramref name="size"/> counts against the cap (one unit by
    /// default, about 10 KB). <paramref name="version"/> is the <see cref="Version"/> read before whatever the value is
    /// derived from, when that was read earlier than now.
    /// </summary>
    public async ValueTask<T> GetAsync<T>(string key, Func<Task<T>> load, Func<T, int>? size = null, long? version = null)
        where T : class
    {
        var versioned = $"{version ?? Version}|{key}";
        if (_cache.TryGetValue(versioned, out T? cached) && cached is not null)
        {
            return cached;
        }

        var loaded = await load();
        _cache.Set(versioned, loaded, new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = Math.Max(1, size?.Invoke(loaded) ?? 1) });
        return loaded;
    }

    /// <summary>
    /// For a visitor the value kept under the key, as every visitor reads the same public data; for the signed in,
    /// who write and see what is theirs, loaded live every time.
    /// </summary>
    public async ValueTask<T> ForVisitorsAsync<T>(Viewer viewer, string key, Func<Task<T>> load, Func<T, int>? size = null, long? version = null)
        where T : class =>
        viewer.IsSignedIn() ? await load() : await GetAsync(key, load, size, version);

    /// <summary>
    /// The value kept under the key for everyone who may read the same rows (<see cref="Access.ReadersKey"/>): visitors,
    /// or the signed in of one municipality. Only for values that hold nothing of who asks beyond what they may read.
    /// </summary>
    public ValueTask<T> ForReadersAsync<T>(Viewer viewer, string key, Func<Task<T>> load, Func<T, int>? size = null, long? version = null)
        where T : class =>
        GetAsync($"{key}|{viewer.ReadersKey()}", load, size, version);

    public void Dispose() => _cache.Dispose();
}
