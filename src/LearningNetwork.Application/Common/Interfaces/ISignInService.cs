namespace LearningNetwork.Application.Common.Interfaces;

public enum SignInOutcome
{
    Failed,
    Succeeded,
    RequiresTwoFactor,
}

/// <summary>
/// Signing in and out with a cookie, password first and two-factor second.
/// ASP.NET Core Identity behind a small surface, so use cases do not depend on it.
/// </summary>
public interface ISignInService
{
    /// <summary>Signs in with a cookie; Failed for wrong, unknown, unconfirmed or locked-out accounts alike.</summary>
    Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe);

    /// <summary>The second step of a two-factor sign-in: an authenticator code, or a recovery code (each works once).</summary>
    Task<bool> TwoFactorSignInAsync(string code, bool isRecoveryCode, bool rememberMe);

    /// <summary>Signs out here and, by renewing the security stamp, every other session at its next request.</summary>
    Task SignOutAsync();
}
