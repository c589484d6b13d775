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
/// The yardstick of the benchmark (docs/performance.md): the rows of the first page of the browse list for a theme
/// and a barrier, as a visitor sees them, read with one raw ADO.NET command on the same SQLite file and written as
/// a bare HTML list, at <c>/bench/baseline/experiments</c>. Not part of the product: only the benchmark's own
/// portal process (<see cref="BenchServe"/>) adds it, as a startup filter behind all of the portal's middleware,
/// so a request to it pays what a page request pays before it reaches a page.
/// </summary>
public sealed class BaselineEndpoint : IStartupFilter
{
    public const string Path = "/bench/baseline/experiments";

    private const string Sql = """
        SELECT e.Id, e.Title, m.Name, m.Province, e.Place, e.Status, substr(e.Summary, 1, 280), e.UpdatedAtUtc,
               (SELECT group_concat(t.ThemeKey, ' ') FROM ExperimentTheme t WHERE t.ExperimentId = e.Id)
        FROM Experiments e JOIN Municipalities m ON m.Id = e.MunicipalityId
        WHERE e.DeletedAtUtc IS NULL AND e.Visibility = 'Public'
          AND EXISTS (SELECT 1 FROM ExperimentTheme t WHERE t.ExperimentId = e.Id AND t.ThemeKey = $theme)
          AND EXISTS (SELECT 1 FROM ExperimentBarrier b WHERE b.ExperimentId = e.Id AND b.BarrierNumber = $barrier)
        ORDER BY e.CreatedAtUtc DESC, e.Id DESC
        LIMIT 20
        """;

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        next(app);

        // After the portal's pipeline: reached when no page or endpoint of the portal matched.
        app.Map(Path, branch => branch.Run(WriteAsync));
    };

    private static async Task WriteAsync(HttpContext context)
    {
        var database = context.RequestServices.GetRequiredService<DatabaseConnection>();
        var ct = context.RequestAborted;
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(ct);
        await using var command = connection.CreateCommand();
        command.CommandText = Sql;
        command.Parameters.AddWithValue("$theme", context.Request.Query["theme"].ToString());
        command.Parameters.AddWithValue("$barrier", int.TryParse(context.Request.Query["barrier"], out var barrier) ? barrier : 0);
        var html = new StringBuilder("<!doctype html><html lang=\"nl\"><title>baseline</title><ol>");
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            html.Append("<li><a href=\"/experiments/").Append(reader.GetInt32(0)).Append("\">")
                .Append(HtmlEncoder.Default.Encode(reader.GetString(1))).Append("</a> ");
            for (var column = 2; column < reader.FieldCount; column++)
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
