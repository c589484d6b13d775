using LearningNetwork.Domain.Common;

namespace LearningNetwork.Application.Insights;

public sealed record MatrixAxisDto(string Key, int Number, LocalizedText Title);
