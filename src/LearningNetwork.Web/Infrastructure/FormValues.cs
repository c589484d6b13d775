using System.Globalization;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// Values from forms and query strings, parsed so that nothing fails in model binding: anything unknown becomes a
/// value the validators refuse with a clear message in the user's language.
/// </summary>
public static class FormValues
{
    /// <summary>Enum names only, never numbers ("99" is no status); anything else is -1.</summary>
    public static T Enum<T>(string? value)
        where T : struct, System.Enum =>
        value is not null && !value.Any(char.IsDigit) && System.Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) ? parsed : (T)System.Enum.ToObject(typeof(T), -1);

    /// <summary>A whole number, or -1.</summary>
    public static int Number(string? value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : -1;

    /// <summary>Null when absent or empty (no filter), else <see cref="Number"/>.</summary>
    public static int? OptionalNumber(string? value) => string.IsNullOrWhiteSpace(value) ? null : Number(value);
}
