using System.Globalization;
using System.Text;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace LearningNetwork.Bench;

/// <summary>One request of a load run: the address and, for a member, the sign-in cookie.</summary>
internal sealed record MixRequest(Uri Url, string? Cookie);

/// <summary>One page of the realistic mix (scenario g): its path on the portal, its path on the baseline, and whether a member asks.</summary>
internal sealed record MixPage(string Path, string BaselinePath, bool Member)
{
    /// <summary>The baseline's page, read as the network reads it when a member asks.</summary>
    public string BaselineFor => Member ? BaselinePath + (BaselinePath.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "reader=member" : BaselinePath;
}

/// <summary>
/// g: what a day of traffic looks like, drawn (seeded) from the generated network itself: 1,000 distinct list URLs whose
/// filters follow the network's distribution of themes, barriers and their states, lessons, municipalities, provinces,
/// search words and pages, plus project and reflection pages in proportion (six lists, three projects, one reflection
/// in ten), 70 % asked by visitors and 30 % by members. Each page has its raw-ADO counterpart in
/// <see cref="BaselineEndpoint"/>, which reads the same rows with one command.
/// </summary>
internal static class Mix
{
    public const int ListUrls = 1_000;
    public const double MemberShare = 0.3;

    public static IReadOnlyList<MixPage> Draw(string dataFolder, int seed)
    {
        var random = new Random(seed);
        using var connection = new SqliteConnection($"Data Source={System.IO.Path.Combine(dataFolder, DatabaseOptions.SqliteFileName)};Mode=ReadOnly");
        connection.Open();

        // What the list's filters are drawn from: projects readable by everyone, with what they carry.
        var projects = Read(connection, """
            SELECT e.Id, e.Title, m.CbsCode, m.Province, e.Status,
                   (SELECT group_concat(t.ThemeKey, ' ') FROM ExperimentTheme t WHERE t.ExperimentId = e.Id),
                   (SELECT group_concat(b.BarrierNumber || ':' || b.State, ' ') FROM ExperimentBarrier b WHERE b.ExperimentId = e.Id),
                   (SELECT group_concat(l.LessonNumber, ' ') FROM ExperimentLesson l WHERE l.ExperimentId = e.Id)
            FROM Experiments e JOIN Municipalities m ON m.Id = e.MunicipalityId
            WHERE e.DeletedAtUtc IS NULL AND e.Visibility = 'Public'
            """, r => new Drawn(r.GetInt32(0), r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(4), Words(r, 5), Words(r, 6), Words(r, 7)));
        var reflections = Read(connection, """
            SELECT r.Id FROM Reflections r JOIN Experiments e ON e.Id = r.ExperimentId
            WHERE e.DeletedAtUtc IS NULL AND e.Visibility = 'Public' AND r.HiddenAtUtc IS NULL
            """, r => r.GetInt32(0));
        if (projects.Count == 0 || reflections.Count == 0)
        {
            throw new InvalidOperationException($"The network in {dataFolder} has no public projects or reflections to draw the mix from.");
        }

        var lists = new HashSet<string>(StringComparer.Ordinal);
        for (var attempts = 0; lists.Count < ListUrls && attempts < ListUrls * 50; attempts++)
        {
            lists.Add(ListQuery(projects[random.Next(projects.Count)], random));
        }

        var pages = new List<MixPage>();
        foreach (var query in lists)
        {
            pages.Add(Page($"/experiments{query}", $"{BaselineEndpoint.Path}{query}", random));
            if (random.Next(2) == 0)
            {
                var project = projects[random.Next(projects.Count)].Id;
                pages.Add(Page($"/experiments/{project}", $"{BaselineEndpoint.ProjectPath}/{project}", random));
            }

            if (random.Next(6) == 0)
            {
                var reflection = reflections[random.Next(reflections.Count)];
                pages.Add(Page($"/reflections/{reflection}", $"{BaselineEndpoint.ReflectionPath}/{reflection}", random));
            }
        }

        return pages.OrderBy(_ => random.Next()).ToList();
    }

    /// <summary>The list file wrk reads: the portal's pages (members with their cookie) or the baseline's.</summary>
    public static async Task<string> WriteAsync(IReadOnlyList<MixPage> pages, bool baseline, IReadOnlyList<string> memberCookies, string file)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            var path = baseline ? page.BaselineFor : page.Path;
            var cookie = page.Member && !baseline ? memberCookies[i % memberCookies.Count] : string.Empty;
            text.Append(path).Append('\t').Append(cookie).Append('\n');
        }

        await File.WriteAllTextAsync(file, text.ToString());
        return file;
    }

    public static IReadOnlyList<MixRequest> Requests(IReadOnlyList<MixPage> pages, Uri server, bool baseline, IReadOnlyList<string> memberCookies) =>
        pages.Select((page, i) => baseline
            ? new MixRequest(new Uri(server, page.BaselineFor), null)
            : new MixRequest(new Uri(server, page.Path), page.Member ? memberCookies[i % memberCookies.Count] : null)).ToList();

    private static MixPage Page(string path, string baselinePath, Random random) => new(path, baselinePath, random.NextDouble() < MemberShare);

    /// <summary>The filters someone would set to find a project like this one: mostly a theme, often with a barrier, sometimes more.</summary>
    private static string ListQuery(Drawn project, Random random)
    {
        var filters = new List<string>();
        var shape = random.Next(100);
        string Pick(IReadOnlyList<string> values) => values[random.Next(values.Count)];
        if (shape < 30 && project.Themes.Count > 0)
        {
            filters.Add($"theme={Pick(project.Themes)}");
        }
        else if (shape < 55 && project.Themes.Count > 0 && project.Barriers.Count > 0)
        {
            filters.Add($"theme={Pick(project.Themes)}");
            filters.Add($"barrier={Pick(project.Barriers).Split(':')[0]}");
        }
        else if (shape < 65 && project.Barriers.Count > 0)
        {
            var barrier = Pick(project.Barriers).Split(':');
            filters.Add($"barrier={barrier[0]}");
            filters.Add($"barrierState={barrier[1]}");
        }
        else if (shape < 73 && project.Lessons.Count > 0)
        {
            filters.Add($"lesson={Pick(project.Lessons)}");
        }
        else if (shape < 81)
        {
            filters.Add($"municipality={project.CbsCode}");
        }
        else if (shape < 86)
        {
            filters.Add($"province={project.Province}");
            filters.Add($"status={project.Status}");
        }
        else if (shape < 95)
        {
            var words = project.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 4).ToList();
            filters.Add($"q={Uri.EscapeDataString((words.Count > 0 ? Pick(words) : project.Title).ToLowerInvariant())}");
        }

        var page = random.Next(100) switch { < 70 => 1, < 90 => 2, _ => 3 };
        if (page > 1)
        {
            filters.Add($"p={page.ToString(CultureInfo.InvariantCulture)}");
        }

        return filters.Count == 0 ? string.Empty : "?" + string.Join('&', filters);
    }

    private static List<string> Words(SqliteDataReader reader, int column) =>
        reader.IsDBNull(column) ? [] : reader.GetString(column).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();

    private static List<T> Read<T>(SqliteConnection connection, string sql, Func<SqliteDataReader, T> row)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
        {
            rows.Add(row(reader));
        }

        return rows;
    }

    private sealed record Drawn(int Id, string Title, string CbsCode, string Province, string Status, List<string> Themes, List<string> Barriers, List<string> Lessons);
}
