
namespace LearningNetwork.Application.Insights;

public sealed record MatrixDto(IReadOnlyList<MatrixAxisDto> Rows, IReadOnlyList<MatrixAxisDto> Columns, IReadOnlyList<MatrixCellDto> Cells)
{
    public MatrixCellDto Cell(string row, string column) =>
        Cells.FirstOrDefault(c => c.RowKey == row && c.ColumnKey == column) ?? new MatrixCellDto(row, column, 0, 0);

    public int Max => Cells.Count == 0 ? 0 : Cells.Max(c => c.Experiments);
}
