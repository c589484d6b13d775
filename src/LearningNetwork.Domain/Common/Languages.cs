namespace LearningNetwork.Domain.Common;

public static class Languages
{
    public const string Dutch = "nl";
    public const string English = "en";

    public static IReadOnlyList<string> All { get; } = [Dutch, English];

    public static bool IsSupported(string? language) =>
        language is not null && All.Contains(language, StringComparer.OrdinalIgnoreCase);
}
