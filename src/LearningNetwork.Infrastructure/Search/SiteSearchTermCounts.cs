using System.Data.Common;
using System.Globalization;
using System.Text;
using LearningNetwork.Application.Common.Caching;
using Microsoft.Extensions.Caching.Memory;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>
/// How many entries of the FTS5 index hold a search term, and how many entries there are, kept on this node for ten
/// minutes (ADR 0025). The search uses them only to choose which terms rank the hits and which only narrow them; what
/// it finds is the same whatever the counts say, so a count that lags behind the index can only shift the order a
/// little. Counting a common word reads its whole list of rows (34 ms for a word in every project at 100,000
/// projects), so it is done once per term and node, not once per search.
/// </summary>
internal sealed class SiteSearchTermCounts(TimeProvider clock) : IDisposable
{
    /// <summary>How long a count is used before it is read again.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    // One unit per term: a flood of different searches cannot fill the memory; a common word pushed out is counted
    // again at its next search, once, as every search counted it before (ADR 0025).
    private readonly MemoryCache _cache = new(new MemoryCacheOptions { SizeLimit = 20_000, Clock = new PortalClock(clock) });

    private const string EntriesKey = "";

    /// <summary>
    /// The number of entries, and for each FTS5 expression the number of entries it matches; what is not kept is
    /// counted in one command on the open connection.
    /// </summary>
    public async Task<(long Entries, IReadOnlyList<long> Matches)> CountAsync(DbConnection connection, IReadOnlyList<string> expressions, CancellationToken cancellationToken)
    {
        var keys = expressions.Prepend(EntriesKey).ToList();
        var counts = new long[keys.Count];
        var missing = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            if (_cache.TryGetValue(keys[i], out long count))
            {
                counts[i] = count;
            }
            else
            {
                missing.Add(i);
            }
        }

        if (missing.Count > 0)
        {
            await using var command = connection.CreateCommand();
            var sql = new StringBuilder("SELECT ");
            foreach (var (i, n) in missing.Select((i, n) => (i, n)))
            {
                if (i == 0)
                {
                    sql.Append("(SELECT count(*) FROM SearchEntries)");
                }
                else
                {
                    var parameter = command.CreateParameter();
                    parameter.ParameterName = "@t" + n.ToString(CultureInfo.InvariantCulture);
                    parameter.Value = keys[i];
                    command.Parameters.Add(parameter);
                    sql.Append(CultureInfo.InvariantCulture, $"(SELECT count(*) FROM SiteSearch WHERE SiteSearch MATCH {parameter.ParameterName})");
                }

                sql.Append(n < missing.Count - 1 ? ", " : string.Empty);
            }

            command.CommandText = sql.ToString();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            foreach (var (i, n) in missing.Select((i, n) => (i, n)))
            {
                counts[i] = reader.GetInt64(n);
                _cache.Set(keys[i], counts[i], new MemoryCacheEntryOptions { AbsoluteExpirationRelativeToNow = Lifetime, Size = 1 });
            }
        }

        return (counts[0], counts[1..]);
    }

    public void Dispose() => _cache.Dispose();
}
