namespace LearningNetwork.Application.Common.Interfaces;

public enum RegistrationStatus
{
    Created,
    EmailAlreadyRegistered,
}

public sealed record RegistrationResult(RegistrationStatus Status, string UserId, string DisplayName, string Language, string EmailConfirmationToken);

public sealed record PasswordResetTicket(string Email, string DisplayName, string Language, string Token);

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

    /// <summary>Signs in with a cookie; false for wrong, unknown, unconfirmed or locked-out accounts alike.</summary>
    Task<bool> PasswordSignInAsync(string email, string password, bool rememberMe);

    Task SignOutAsync();

    /// <summary>Creates a confirmed account with the network-admin role, or gives an existing account that role.</summary>
    Task<bool> EnsureNetworkAdminAsync(string email, string displayName, string? password, CancellationToken cancellationToken);
}
