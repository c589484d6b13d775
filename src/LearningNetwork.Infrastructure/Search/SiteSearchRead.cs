using System.Data.Common;
using System.Globalization;
using System.Text;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Search;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>
/// The read of the site-wide search, as SQL on the context's connection (ADR 0015, issue 19): the match, the
/// visibility rules and the filters in one statement, then the tags and the page's entries in a second command.
/// Through EF Core the same read cost about ten times as much (docs/performance.md), most of it in building and
/// checking the large query for each request. The visibility rules are those of <c>Readable</c> and
/// <c>Access.ReadableBy</c>; <c>SearchTests</c> checks them for every kind and kind of reader.
/// </summary>
internal abstract partial class SiteSearchBase
{
    private const string OpenToAll = "'Lesson', 'Barrier', 'Theme', 'Municipality'";

    /// <summary>A subquery of the entries that hold every term: <c>EntryId</c> and <c>MatchRank</c> (lower is better).</summary>
    protected abstract Task<string> MatchSourceAsync(DbConnection connection, SiteSearchRequest request, SqlParameters parameters, CancellationToken cancellationToken);

    /// <summary>The dialect's row limit after an ORDER BY.</summary>
    protected abstract string Page(string skip, string take);

    public async Task<SiteSearchResult> ReadAsync(SiteSearchRequest request, CancellationToken cancellationToken)
    {
        var parameters = new SqlParameters();
        await Db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = Db.Database.GetDbConnection();
            var readable = Readable(request, await MatchSourceAsync(connection, request, parameters, cancellationToken), parameters);
            var limit = parameters.Add(request.InMemoryLimit + 1);
            var matched = await QueryAsync(
                connection,
                $"""
                {readable}
                SELECT r.Id, r.Kind, r.MunicipalityId, mu.Name FROM r LEFT JOIN Municipalities mu ON mu.Id = r.MunicipalityId
                ORDER BY r.MatchRank, r.DateUtc DESC, r.Id {Page("0", limit)}
                """,
                parameters,
                async reader =>
                {
                    var rows = new List<(long Id, SearchKind Kind, int? MunicipalityId, string? Name)>();
                    while (await reader.ReadAsync(cancellationToken))
                    {
                        rows.Add((reader.GetInt64(0), Enum.Parse<SearchKind>(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetInt32(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
                    }

                    return rows;
                },
                cancellationToken);

            return matched.Count <= request.InMemoryLimit
                ? await CountInMemoryAsync(connection, request, matched, cancellationToken)
                : await CountInDatabaseAsync(connection, request, readable, parameters, cancellationToken);
        }
        finally
        {
            await Db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>All matches are read: kinds and municipalities are counted here, the tags and the page read by id.</summary>
    private static async Task<SiteSearchResult> CountInMemoryAsync(
        DbConnection connection,
        SiteSearchRequest request,
        List<(long Id, SearchKind Kind, int? MunicipalityId, string? Name)> matched,
        CancellationToken cancellationToken)
    {
        var shown = request.Kind is { } only ? matched.Where(m => m.Kind == only).ToList() : matched;
        var municipalities = shown.Where(m => m.MunicipalityId is not null)
            .GroupBy(m => m.MunicipalityId!.Value)
            .Select(g => new SiteSearchMunicipalityCount(g.Key, g.First().Name ?? string.Empty, g.Count()))
            .OrderByDescending(g => g.Count).ThenBy(g => g.Id).Take(10).ToList();
        var page = shown.Skip(request.Skip).Take(request.Take).Select(m => m.Id).ToList();
        var (tags, rows) = shown.Count == 0 ? ([], []) : await QueryAsync(
            connection,

            // The ids are the database's own numbers, written as literals: nothing a user typed reaches this SQL.
            $"""
            SELECT Tag, COUNT(*) FROM SearchEntryTags WHERE EntryId IN ({Literals(shown.Select(m => m.Id))}) GROUP BY Tag;
            {Details($"WHERE s.Id IN ({Literals(page)})")};
            """,
            new SqlParameters(),
            async reader =>
            {
                var tags = await ReadTagsAsync(reader, cancellationToken);
                await reader.NextResultAsync(cancellationToken);
                return (tags, await ReadRowsAsync(reader, cancellationToken));
            },
            cancellationToken);

        var order = page.Select((id, i) => (id, i)).ToDictionary(x => x.id, x => x.i);
        return new SiteSearchResult(
            [.. matched.GroupBy(m => m.Kind).Select(g => new SiteSearchKindCount(g.Key, g.Count()))],
            municipalities,
            tags,
            [.. rows.OrderBy(r => order[r.Id])]);
    }

    /// <summary>A broad search (a common word): counted and paged in the database, one statement each.</summary>
    private async Task<SiteSearchResult> CountInDatabaseAsync(
        DbConnection connection,
        SiteSearchRequest request,
        string readable,
        SqlParameters parameters,
        CancellationToken cancellationToken)
    {
        var ofKind = request.Kind is { } kind ? $"WHERE r.Kind = {parameters.Add(kind.ToString())}" : string.Empty;
        var skip = parameters.Add(request.Skip);
        var take = parameters.Add(request.Take);
        return await QueryAsync(
            connection,
            $"""
            {readable}
            SELECT r.Kind, COUNT(*) FROM r GROUP BY r.Kind;
            {readable}
            SELECT r.MunicipalityId, mu.Name, COUNT(*) AS Hits FROM r JOIN Municipalities mu ON mu.Id = r.MunicipalityId {ofKind}
            GROUP BY r.MunicipalityId, mu.Name ORDER BY Hits DESC, r.MunicipalityId {Page("0", "10")};
            {readable}
            SELECT t.Tag, COUNT(*) FROM r JOIN SearchEntryTags t ON t.EntryId = r.Id {ofKind} GROUP BY t.Tag;
            {readable}
            {Details($"JOIN r ON r.Id = s.Id {ofKind} ORDER BY r.MatchRank, r.DateUtc DESC, r.Id {Page(skip, take)}")};
            """,
            parameters,
            async reader =>
            {
                var kinds = new List<SiteSearchKindCount>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    kinds.Add(new SiteSearchKindCount(Enum.Parse<SearchKind>(reader.GetString(0)), reader.GetInt32(1)));
                }

                await reader.NextResultAsync(cancellationToken);
                var municipalities = new List<SiteSearchMunicipalityCount>();
                while (await reader.ReadAsync(cancellationToken))
                {
                    municipalities.Add(new SiteSearchMunicipalityCount(reader.GetInt32(0), reader.GetString(1), reader.GetInt32(2)));
                }

                await reader.NextResultAsync(cancellationToken);
                var tags = await ReadTagsAsync(reader, cancellationToken);
                await reader.NextResultAsync(cancellationToken);
                return new SiteSearchResult(kinds, municipalities, tags, await ReadRowsAsync(reader, cancellationToken));
            },
            cancellationToken);
    }

    /// <summary>
    /// <c>WITH r AS (…)</c>: the matching entries the reader may read, with the request's filters. A project is read
    /// when it is not deleted and its visibility allows; a reflection when it is not hidden and its project is read; a
    /// comment likewise through its reflection; a learning question by its own visibility and its project's, if any.
    /// </summary>
    private static string Readable(SiteSearchRequest request, string matchSource, SqlParameters parameters)
    {
        var reader = request.Reader;
        var own = reader.MunicipalityId is { } id ? parameters.Add(id) : null;
        string Visible(string alias) => (reader.SignedIn, own) switch
        {
            (false, null) => $"{alias}.Visibility = 'Public'",
            (true, null) => $"{alias}.Visibility IN ('Public', 'Network')",
            (false, _) => $"({alias}.Visibility = 'Public' OR {alias}.MunicipalityId = {own})",
            (true, _) => $"({alias}.Visibility IN ('Public', 'Network') OR {alias}.MunicipalityId = {own})",
        };
        string Project(string alias) => $"{alias}.DeletedAtUtc IS NULL AND {Visible(alias)}";

        var sql = new StringBuilder(
            $"""
            WITH r AS (
                SELECT s.Id, s.Kind, s.MunicipalityId, s.DateUtc, m.MatchRank
                FROM ({matchSource}) m JOIN SearchEntries s ON s.Id = m.EntryId
                WHERE (s.Kind IN ({OpenToAll})
                    OR (s.Kind = 'Project' AND EXISTS (SELECT 1 FROM Experiments e WHERE e.Id = s.ItemId AND {Project("e")}))
                    OR (s.Kind = 'Reflection' AND EXISTS (SELECT 1 FROM Reflections rf JOIN Experiments e ON e.Id = rf.ExperimentId
                        WHERE rf.Id = s.ItemId AND rf.HiddenAtUtc IS NULL AND {Project("e")}))
                    OR (s.Kind = 'Comment' AND EXISTS (SELECT 1 FROM Comments c JOIN Reflections rf ON rf.Id = c.ReflectionId JOIN Experiments e ON e.Id = rf.ExperimentId
                        WHERE c.Id = s.ItemId AND c.HiddenAtUtc IS NULL AND rf.HiddenAtUtc IS NULL AND {Project("e")}))
                    OR (s.Kind = 'Question' AND EXISTS (SELECT 1 FROM LearningQuestions q WHERE q.Id = s.ItemId AND {Visible("q")}
                        AND (q.ExperimentId IS NULL OR EXISTS (SELECT 1 FROM Experiments e WHERE e.Id = q.ExperimentId AND {Project("e")})))))
            """);
        foreach (var tag in request.Tags)
        {
            sql.Append(CultureInfo.InvariantCulture, $"\n        AND EXISTS (SELECT 1 FROM SearchEntryTags t WHERE t.EntryId = s.Id AND t.Tag = {parameters.Add(tag)})");
        }

        if (request.MunicipalityId is { } municipality)
        {
            sql.Append(CultureInfo.InvariantCulture, $"\n        AND s.MunicipalityId = {parameters.Add(municipality)}");
        }

        if (request.FromUtc is { } from)
        {
            sql.Append(CultureInfo.InvariantCulture, $"\n        AND s.DateUtc >= {parameters.Add(from)}");
        }

        if (request.BeforeUtc is { } before)
        {
            sql.Append(CultureInfo.InvariantCulture, $"\n        AND s.DateUtc < {parameters.Add(before)}");
        }

        return sql.Append("\n)").ToString();
    }

    private static string Details(string rest) =>
        $"SELECT s.Id, s.Kind, s.ItemId, s.ItemKey, s.Title, s.TitleEn, s.Text, s.TextEn, s.MunicipalityId, mu.Name, s.DateUtc FROM SearchEntries s LEFT JOIN Municipalities mu ON mu.Id = s.MunicipalityId {rest}";

    private static string Literals(IEnumerable<long> ids)
    {
        var list = string.Join(", ", ids.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        return list.Length == 0 ? "NULL" : list;
    }

    private static async Task<List<SiteSearchTagCount>> ReadTagsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var tags = new List<SiteSearchTagCount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tags.Add(new SiteSearchTagCount(reader.GetString(0), reader.GetInt32(1)));
        }

        return tags;
    }

    private static async Task<List<SiteSearchRow>> ReadRowsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var rows = new List<SiteSearchRow>();
        string? Text(int i) => reader.IsDBNull(i) ? null : reader.GetString(i);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new SiteSearchRow(
                reader.GetInt64(0),
                Enum.Parse<SearchKind>(reader.GetString(1)),
                reader.GetInt32(2),
                reader.GetString(3),
                reader.GetString(4),
                Text(5),
                reader.GetString(6),
                Text(7),
                reader.IsDBNull(8) ? null : reader.GetInt32(8),
                Text(9),
                reader.IsDBNull(10) ? null : DateTime.SpecifyKind(reader.GetDateTime(10), DateTimeKind.Utc)));
        }

        return rows;
    }

    private static async Task<T> QueryAsync<T>(DbConnection connection, string sql, SqlParameters parameters, Func<DbDataReader, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters.Values)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await read(reader);
    }

    /// <summary>The values a statement is given, each under a name of its own (<c>@p0</c>, <c>@p1</c>, …).</summary>
    protected sealed class SqlParameters
    {
        private readonly List<(string Name, object Value)> _values = [];

        public IReadOnlyList<(string Name, object Value)> Values => _values;

        public string Add(object value)
        {
            var name = "@p" + _values.Count.ToString(CultureInfo.InvariantCulture);
            _values.Add((name, value));
            return name;
        }
    }
}
