
namespace LearningNetwork.Application.Insights;

/// <summary>One cell: how many readable experiments carry both tags, and (barriers) how many marked the barrier overcome.</summary>
public sealed record MatrixCellDto(string RowKey, string ColumnKey, int Experiments, int Overcome);
