using LearningNetwork.Application.Insights;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// A matrix as a table and, on narrow screens, as a list: <paramref name="RowParameter"/> is the browse filter of a
/// row (lesson or barrier), themes are the columns; with <paramref name="ShowOvercome"/> each cell also gives the
/// share of experiments that marked the barrier overcome.
/// </summary>
public sealed record MatrixView(string Id, string Caption, MatrixDto Matrix, string RowLabelKey, string RowParameter, bool ShowOvercome)
{
    /// <summary>0 (empty) to 5 (the fullest cell), for the shading classes.</summary>
    public int Heat(int experiments) =>
        experiments == 0 || Matrix.Max == 0 ? 0 : Math.Max(1, (int)Math.Ceiling(5.0 * experiments / Matrix.Max));

    public string Link(string row, string column) => $"/experiments?{RowParameter}={Uri.EscapeDataString(row)}&theme={Uri.EscapeDataString(column)}";

    public static int Percent(MatrixCellDto cell) => cell.Experiments == 0 ? 0 : (int)Math.Round(100.0 * cell.Overcome / cell.Experiments);
}
