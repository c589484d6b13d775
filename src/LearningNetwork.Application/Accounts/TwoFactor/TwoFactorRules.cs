
namespace LearningNetwork.Application.Accounts.TwoFactor;

internal static class TwoFactorRules
{
    public static string Normalize(string? code) => (code ?? string.Empty).Replace(" ", string.Empty, StringComparison.Ordinal).Replace("-", string.Empty, StringComparison.Ordinal);

    public static bool LooksLikeCode(string? code)
    {
        var digits = Normalize(code);
        return digits.Length == 6 && digits.All(char.IsAsciiDigit);
    }
}
