using System.Text;
using System.Text.Encodings.Web;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.Bench;

/// <summary>
/// The yardstick of the benchmark (docs/performance.md): what a page shows, read with one raw ADO.NET command on the
/// same SQLite file and written as bare HTML. <c>/bench/baseline/experiments</c> takes the list page's filters (theme,
/// barrier, barrierState, lesson, municipality, province, status, q, p) and gives the rows of that page, newest
/// first, as a visitor sees them, or as the network sees them with <c>reader=member</c>; <c>/bench/baseline/projects/{id}</c>
/// gives a project with its reflections, <c>/bench/baseline/reflections/{id}</c> a reflection with its comments
/// (scenario g). Not part of the product: only the benchmark's own portal process (<see cref="BenchServe"/>) adds it,
/// as a startup filter behind all of the portal's middleware, so a request to it pays what a page request pays before
/// it reaches a page.
/// </summary>
public sealed class BaselineEndpoint : IStartupFilter
{
    public const string Path = "/bench/baseline/experiments";
    public const string ProjectPath = "/bench/baseline/projects";
    public const string ReflectionPath = "/bench/baseline/reflections";
    private const int PageSize = 20;

    private const string ProjectSql = """
        SELECT e.Title, m.Name, e.Summary, r.Id, r.Title, r.BodyHtml
        FROM Experiments e JOIN Municipalities m ON m.Id = e.MunicipalityId
        LEFT JOIN Reflections r ON r.ExperimentId = e.Id AND r.HiddenAtUtc IS NULL
        WHERE e.Id = $id AND e.DeletedAtUtc IS NULL AND {0}
        ORDER BY r.CreatedAtUtc DESC
        """;

    private const string ReflectionSql = """
        SELECT r.Title, e.Title, r.BodyHtml, c.Id, c.BodyHtml
        FROM Reflections r JOIN Experiments e ON e.Id = r.ExperimentId
        LEFT JOIN Comments c ON c.ReflectionId = r.Id AND c.HiddenAtUtc IS NULL
        WHERE r.Id = $id AND r.HiddenAtUtc IS NULL AND e.DeletedAtUtc IS NULL AND {0}
        ORDER BY c.CreatedAtUtc
        """;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);

        // After the portal's pipeline: reached when no page or endpoint of the portal matched.
        app.Map(Path, branch => branch.Run(context => WriteAsync(context, ListCommand)));
        app.Map(ProjectPath, branch => branch.Run(context => WriteAsync(context, (command, request) => ById(command, request, ProjectSql))));
        app.Map(ReflectionPath, branch => branch.Run(context => WriteAsync(context, (command, request) => ById(command, request, ReflectionSql))));
    };

    /// <summary>The list's rows for the filters asked, with their themes: the first page unless p says otherwise.</summary>
    private static void ListCommand(SqliteCommand command, HttpRequest request)
    {
        var query = request.Query;
        var sql = new StringBuilder("""
            SELECT e.Id, e.Title, m.Name, m.Province, e.Place, e.Status, substr(e.Summary, 1, 280), e.UpdatedAtUtc,
                   (SELECT group_concat(t.ThemeKey, ' ') FROM ExperimentTheme t WHERE t.ExperimentId = e.Id)
            FROM Experiments e JOIN Municipalities m ON m.Id = e.MunicipalityId
            WHERE e.DeletedAtUtc IS NULL AND
            """).Append(' ').Append(Readable(request));
        void Filter(string parameter, string condition, object? value = null)
        {
            if (query[parameter].ToString() is { Length: > 0 } text)
            {
                sql.Append("\n  AND ").Append(condition);
                command.Parameters.AddWithValue("$" + parameter, value ?? text);
            }
        }

        Filter("theme", "EXISTS (SELECT 1 FROM ExperimentTheme t WHERE t.ExperimentId = e.Id AND t.ThemeKey = $theme)");
        var state = query["barrierState"].ToString();
        if (query["barrier"].ToString() is { Length: > 0 })
        {
            Filter("barrier", $"EXISTS (SELECT 1 FROM ExperimentBarrier b WHERE b.ExperimentId = e.Id AND b.BarrierNumber = $barrier{(state.Length > 0 ? " AND b.State = $barrierState" : string.Empty)})", Number(query["barrier"]));
            if (state.Length > 0)
            {
                command.Parameters.AddWithValue("$barrierState", state);
            }
        }
        else
        {
            Filter("barrierState", "EXISTS (SELECT 1 FROM ExperimentBarrier b WHERE b.ExperimentId = e.Id AND b.State = $barrierState)");
        }

        Filter("lesson", "EXISTS (SELECT 1 FROM ExperimentLesson l WHERE l.ExperimentId = e.Id AND l.LessonNumber = $lesson)", Number(query["lesson"]));
        Filter("municipality", "m.CbsCode = $municipality");
        Filter("province", "m.Province = $province");
        Filter("status", "e.Status = $status");
        Filter("q", "e.Id IN (SELECT rowid FROM ExperimentSearch WHERE ExperimentSearch MATCH $q)", $"\"{query["q"].ToString().ToLowerInvariant()}\"*");
        sql.Append("\nORDER BY e.CreatedAtUtc DESC, e.Id DESC\nLIMIT ").Append(PageSize).Append(" OFFSET $offset");
        command.Parameters.AddWithValue("$offset", (Math.Max(1, Number(query["p"])) - 1) * PageSize);
        command.CommandText = sql.ToString();
    }

    private static void ById(SqliteCommand command, HttpRequest request, string sql)
    {
        command.CommandText = string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, Readable(request));
        command.Parameters.AddWithValue("$id", int.TryParse(request.Path.Value?.Trim('/'), out var id) ? id : 0);
    }

    /// <summary>A member reads what the network may read as well; a visitor only what is public (the condition the visitor's index serves).</summary>
    private static string Readable(HttpRequest request) =>
        request.Query["reader"] == "member" ? "e.Visibility IN ('Public', 'Network')" : "e.Visibility = 'Public'";

    private static int Number(Microsoft.Extensions.Primitives.StringValues value) => int.TryParse(value, out var number) ? number : 0;

    private static async Task WriteAsync(HttpContext context, Action<SqliteCommand, HttpRequest> build)
    {
        var database = context.RequestServices.GetRequiredService<DatabaseConnection>();
        var ct = context.RequestAborted;
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        build(command, context.Request);
        var html = new StringBuilder("<!doctype html><html lang=\"nl\"><title>baseline</title><ol>");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            html.Append("<li>");
            if (reader.GetFieldType(0) == typeof(long))
            {
                html.Append("<a href=\"/experiments/").Append(reader.GetInt32(0)).Append("\">").Append(HtmlEncoder.Default.Encode(reader.GetString(1))).Append("</a> ");
            }

            for (var column = reader.GetFieldType(0) == typeof(long) ? 2 : 0; column < reader.FieldCount; column++)
            {
                html.Append(HtmlEncoder.Default.Encode(reader.IsDBNull(column) ? string.Empty : reader.GetValue(column).ToString() ?? string.Empty)).Append(' ');
            }

            html.Append("</li>");
        }

        context.Response.StatusCode = StatusCodes.Status200OK;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(html.Append("</ol></html>").ToString(), ct);
    }
}
