using FluentValidation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Municipalities;

namespace LearningNetwork.Application.Municipalities;

public static class MunicipalityRules
{
    /// <summary>A province by its name, case-insensitive and with or without hyphens; numbers are not names.</summary>
    public static bool TryParseProvince(string? value, out Province province)
    {
        province = default;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var name = value.Replace("-", string.Empty, StringComparison.Ordinal).Trim();
        return !name.Any(char.IsDigit) && Enum.TryParse(name, ignoreCase: true, out province) && Enum.IsDefined(province);
    }

    /// <summary>E-mail domains as typed: separated by commas, spaces or line breaks, lower-cased, without duplicates.</summary>
    public static IReadOnlyList<string> ParseEmailDomains(string? text) =>
        (text ?? string.Empty)
            .Split([',', ';', ' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.TrimStart('@').ToLowerInvariant())
            .Distinct()
            .ToList();

    public static IRuleBuilderOptions<T, string?> ValidProvince<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(p => TryParseProvince(p, out _)).WithMessage(_ => AppTexts.ProvinceUnknown);
}
