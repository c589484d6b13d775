namespace LearningNetwork.Application.Common.Interfaces;

public sealed record TwoFactorState(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>
/// Two-step sign-in with an authenticator app: its state, set-up, switching on and off.
/// ASP.NET Core Identity behind a small surface, so use cases do not depend on it.
/// </summary>
public interface ITwoFactorService
{
    /// <summary>The two-factor state; the key and URI are empty until the set-up has been started.</summary>
    Task<TwoFactorState> GetTwoFactorStateAsync(string userId);

    /// <summary>Makes a new authenticator key (a POST, never on reading a page).</summary>
    Task StartTwoFactorSetupAsync(string userId);

    /// <summary>Turns two-factor sign-in on when the code matches the authenticator; returns the recovery codes, or null.</summary>
    Task<IReadOnlyList<string>?> EnableTwoFactorAsync(string userId, string code);

    /// <summary>Turns two-factor sign-in off after the password is re-entered; false for a wrong password.</summary>
    Task<bool> DisableTwoFactorAsync(string userId, string password);
}
