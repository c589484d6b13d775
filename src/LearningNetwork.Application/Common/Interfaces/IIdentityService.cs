namespace LearningNetwork.Application.Common.Interfaces;

public enum RegistrationStatus
{
    Created,
    EmailAlreadyRegistered,
}

public sealed record RegistrationResult(RegistrationStatus Status, string UserId, string DisplayName, string Language, string EmailConfirmationToken);

public sealed record PasswordResetTicket(string Email, string DisplayName, string Language, string Token);

public enum SignInOutcome
{
    Failed,
    Succeeded,
    RequiresTwoFactor,
}

public sealed record TwoFactorState(bool Enabled, string SharedKey, string AuthenticatorUri, int RecoveryCodesLeft);

/// <summary>ASP.NET Core Identity behind a small surface, so use cases do not depend on it.</summary>
public interface IIdentityService
{
    /// <summary>Creates an unconfirmed account, or says the address is taken (the caller must not reveal which).</summary>
    Task<RegistrationResult> RegisterAsync(string email, string displayName, string password, string language, CancellationToken cancellationToken);

    Task<bool> ConfirmEmailAsync(string userId, string token);

    /// <summary>A reset token for a confirmed account, or null when there is none (the caller must not reveal which).</summary>
    Task<PasswordResetTicket?> CreatePasswordResetAsync(string email);

    /// <summary>Resets the password; false when the token is invalid or expired. Password rule failures throw a validation exception.</summary>
    Task<bool> ResetPasswordAsync(string email, string token, string newPassword);

    /// <summary>Signs in with a cookie; Failed for wrong, unknown, unconfirmed or locked-out accounts alike.</summary>
    Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe);

    /// <summary>The second step of a two-factor sign-in: an authenticator code, or a recovery code (each works once).</summary>
    Task<bool> TwoFactorSignInAsync(string code, bool isRecoveryCode, bool rememberMe);

    /// <summary>Signs out here and, by renewing the security stamp, every other session at its next request.</summary>
    Task SignOutAsync();

    Task UpdateProfileAsync(string userId, string displayName, string? jobTitle, string language);

    /// <summary>People whose e-mail address contains the text (at most 50), for network admins.</summary>
    Task<IReadOnlyList<AdminPersonDto>> FindPeopleAsync(string? emailContains, CancellationToken cancellationToken);

    /// <summary>Ends every session of the person at its next request; false when there is no such person.</summary>
    Task<bool> EndSessionsAsync(string userId);

    /// <summary>Blocks or unblocks signing in; blocking also ends every session. False when there is no such person.</summary>
    Task<bool> SetDisabledAsync(string userId, bool disabled);

    /// <summary>The weekly digest on or off, and the language of mail when given; false when there is no such person.</summary>
    Task<bool> SetDigestAsync(string userId, bool weeklyDigest, string? language);

    /// <summary>Checks the password and returns a token that confirms the new address, or null for a wrong password.</summary>
    Task<string?> CreateEmailChangeTokenAsync(string userId, string password, string newEmail);

    Task<bool> IsEmailTakenAsync(string email);

    Task<bool> ConfirmEmailChangeAsync(string userId, string newEmail, string token);

    /// <summary>False for a wrong current password; other sessions end at their next request.</summary>
    Task<bool> ChangePasswordAsync(string userId, string currentPassword, string newPassword);

    /// <summary>The two-factor state; the key and URI are empty until the set-up has been started.</summary>
    Task<TwoFactorState> GetTwoFactorStateAsync(string userId);

    /// <summary>Makes a new authenticator key (a POST, never on reading a page).</summary>
    Task StartTwoFactorSetupAsync(string userId);

    /// <summary>Checks a re-entered password; failures count towards lockout.</summary>
    Task<bool> CheckPasswordAsync(string userId, string password);

    /// <summary>Turns two-factor sign-in on when the code matches the authenticator; returns the recovery codes, or null.</summary>
    Task<IReadOnlyList<string>?> EnableTwoFactorAsync(string userId, string code);

    /// <summary>Turns two-factor sign-in off after the password is re-entered; false for a wrong password.</summary>
    Task<bool> DisableTwoFactorAsync(string userId, string password);

    /// <summary>Deletes the account after checking the password; false for a wrong password.</summary>
    Task<bool> DeleteAccountAsync(string userId, string password);

    /// <summary>Creates a confirmed account with the network-admin role, or gives an existing account that role.</summary>
    Task<bool> EnsureNetworkAdminAsync(string email, string displayName, string? password, CancellationToken cancellationToken);
}

/// <summary>A person as network admins see them when managing accounts.</summary>
public sealed record AdminPersonDto(string Id, string DisplayName, string Email, bool EmailConfirmed, bool Disabled, DateTime CreatedAtUtc);
