using System.Globalization;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Application.Experiments;

/// <summary>Months as a month field gives them, <c>2027-03</c>, between 1990 and 2100 (a year like 20277 is a typing error).</summary>
public static class CaseRecordMonths
{
    public static bool IsValid(string? value) => string.IsNullOrWhiteSpace(value) || TryParse(value, out _);

    public static DateOnly? Parse(string? value) => TryParse(value, out var month) ? month : null;

    public static bool Reversed(string? from, string? to) => Parse(from) is { } start && Parse(to) is { } end && end < start;

    public static string? Format(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static bool TryParse(string? value, out DateOnly month) =>
        DateOnly.TryParseExact(value?.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out month) && month.Year is >= 1990 and <= 2100;
}

/// <summary>A sum in whole euros as people type it: <c>25000</c>, <c>25.000</c>, <c>€ 25.000</c>; never negative, at most a million.</summary>
public static class CaseRecordAmounts
{
    public static bool TryParse(string? value, out int? amount)
    {
        amount = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            return true;
        }

        var digits = value.Replace("€", string.Empty, StringComparison.Ordinal).Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal).Trim();
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit) && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed <= CaseRecord.MaxUnprofitableTopPerHome)
        {
            amount = parsed;
            return true;
        }

        return false;
    }
}
