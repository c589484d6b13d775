using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;

namespace LearningNetwork.Application.Taxonomy;

public sealed record LessonDto(int Number, LocalizedText Title, LocalizedText Description);

public sealed record BarrierDto(int Number, LocalizedText Title, LocalizedText Description, IReadOnlyList<int> HelpfulLessons);

public sealed record ThemeDto(string Key, LocalizedText Title, LocalizedText Description, ThemeDomain Domain);

public sealed record TaxonomyDto(IReadOnlyList<LessonDto> Lessons, IReadOnlyList<BarrierDto> Barriers, IReadOnlyList<ThemeDto> Themes);

public sealed record TaxonomyReference(int Number, LocalizedText Title);
