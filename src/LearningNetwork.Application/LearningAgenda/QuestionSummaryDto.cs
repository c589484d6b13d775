using LearningNetwork.Domain.LearningAgenda;

namespace LearningNetwork.Application.LearningAgenda;

/// <summary>A question in a list: the municipality's agenda, an experiment's page or the network's agenda.</summary>
public sealed record QuestionSummaryDto(
    int Id,
    string Text,
    QuestionState State,
    int MunicipalityId,
    string Municipality,
    int? ExperimentId,
    string? ExperimentTitle,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<string> Themes,
    int Answers,
    DateTime UpdatedAtUtc);
