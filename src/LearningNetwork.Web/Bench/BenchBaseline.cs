using System.Text;
using System.Text.Encodings.Web;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.Data.Sqlite;

namespace LearningNetwork.Web.Bench;

/// <summary>
/// The yardstick of the benchmark (bench/, docs/performance.md): the rows of the first page of the browse list for
/// a theme and a barrier, as a visitor sees them, read with one raw ADO.NET command on the same SQLite file and
/// written as a bare HTML list. Mapped only when <c>Bench:Baseline</c> is true, which only the benchmark sets.
/// Outside Pages and Api on purpose: it is the one reader that skips the use cases, to be their yardstick.
/// </summary>
internal static class BenchBaseline
{
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

    public static void MapBenchBaseline(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>("Bench:Baseline"))
        {
            return;
        }

        app.MapGet("/bench/baseline/experiments", async (string theme, int barrier, DatabaseConnection database, CancellationToken ct) =>
            {
                await using var connection = new SqliteConnection(database.ConnectionString);
                await connection.OpenAsync(ct);
                await using var command = connection.CreateCommand();
                command.CommandText = Sql;
                command.Parameters.AddWithValue("$theme", theme);
                command.Parameters.AddWithValue("$barrier", barrier);
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

                return Results.Content(html.Append("</ol></html>").ToString(), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();
    }
}
