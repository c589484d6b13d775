namespace LearningNetwork.Application.Common.Interfaces;

public enum RegistrationStatus
{
    Created,
    EmailAlreadyRegistered,
}

public sealed record RegistrationResult(RegistrationStatus Status, string UserId, string DisplayName, string Language, string EmailConfirmationToken);

public sealed record PasswordResetTicket(string Email, string DisplayName, string Language, string Token);

/// <summary>
/// A person's own account: registration, confirmation, passwords, profile, digest setting, e-mail change, deletion.
/// ASP.NET Core Identity behind a small surface, so use cases do not depend on it.
/// </summary>
public interface IAccountService
{
    /// <summary>Creates an unconfirmed account, or says the address is taken (the caller must not reveal which).</summary>
    Task<RegistrationResult> RegisterAsync(string email, string displayName, string password, string language, CancellationToken cancellationToken);

    Task<bool> ConfirmEmailAsync(string userId, string token);

    /// <summary>A reset token for a confirmed account, or null when there is none (the caller must not reveal which).</summary>
    Task<PasswordResetTicket?> CreatePasswordResetAsync(string email);

    /// <summary>Resets the password; false when the token is invalid or expired. Password rule failures throw a validation exception.</summary>
    Task<bool> ResetPasswordAsync(string email, string token, string newPassword);

    Task UpdateProfileAsync(string userId, string displayName, string? jobTitle, string language);

    /// <summary>The weekly digest on or off, and the language of mail when given; false when there is no such person.</summary>
    Task<bool> SetDigestAsync(string userId, bool weeklyDigest, string? language);

    /// <summary>Checks the password and returns a token that confirms the new address, or null for a wrong password.</summary>
    Task<string?> CreateEmailChangeTokenAsync(string userId, string password, string newEmail);

    Task<bool> IsEmailTakenAsync(string email);

    Task<bool> ConfirmEmailChangeAsync(string userId, string newEmail, string token);

    /// <summary>False for a wrong current password; other sessions end at their next request.</summary>
    Task<bool> ChangePasswordAsync(string userId, string currentPassword, string newPassword);

    /// <summary>Checks a re-entered password; failures count towards lockout.</summary>
    Task<bool> CheckPasswordAsync(string userId, string password);

    /// <summary>Deletes the account after checking the password; false for a wrong password.</summary>
    Task<bool> DeleteAccountAsync(string userId, string password);
}
