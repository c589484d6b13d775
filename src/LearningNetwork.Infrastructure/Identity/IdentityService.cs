using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Identity;

internal sealed class IdentityService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    TimeProvider clock) : IIdentityService
{
    public async Task<RegistrationResult> RegisterAsync(string email, string displayName, string password, string language, CancellationToken cancellationToken)
    {
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            return new RegistrationResult(RegistrationStatus.EmailAlreadyRegistered, existing.Id, existing.DisplayName, existing.PreferredLanguage, string.Empty);
        }

        var user = new ApplicationUser
        {
            UserName = email,
            Email = email,
            DisplayName = displayName,
            PreferredLanguage = language,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        ThrowIfFailed(await users.CreateAsync(user, password), nameof(RegistrationResult));
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        return new RegistrationResult(RegistrationStatus.Created, user.Id, user.DisplayName, user.PreferredLanguage, token);
    }

    public async Task<bool> ConfirmEmailAsync(string userId, string token)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        return (await users.ConfirmEmailAsync(user, token)).Succeeded;
    }

    public async Task<PasswordResetTicket?> CreatePasswordResetAsync(string email)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null || !user.EmailConfirmed)
        {
            return null;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        return new PasswordResetTicket(user.Email!, user.DisplayName, user.PreferredLanguage, token);
    }

    public async Task<bool> ResetPasswordAsync(string email, string token, string newPassword)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return false;
        }

        var result = await users.ResetPasswordAsync(user, token, newPassword);
        if (result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken)))
        {
            return false;
        }

        ThrowIfFailed(result, "Password");
        return true;
    }

    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Same work as for a real account, so timing does not tell which addresses exist.
            users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), DummyHash, password);
            return SignInOutcome.Failed;
        }

        if (!user.EmailConfirmed || await users.IsLockedOutAsync(user))
        {
            // Refused before any hashing otherwise: do the same work so the answer time tells nothing.
            users.PasswordHasher.VerifyHashedPassword(user, DummyHash, password);
            return SignInOutcome.Failed;
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        return result.Succeeded ? SignInOutcome.Succeeded
            : result.RequiresTwoFactor ? SignInOutcome.RequiresTwoFactor
            : SignInOutcome.Failed;
    }

    public async Task<bool> TwoFactorSignInAsync(string code, bool isRecoveryCode, bool rememberMe)
    {
        var result = isRecoveryCode
            ? await signIn.TwoFactorRecoveryCodeSignInAsync(code)
            : await signIn.TwoFactorAuthenticatorSignInAsync(code, rememberMe, rememberClient: false);
        return result.Succeeded;
    }

    public async Task SignOutAsync()
    {
        var user = await signIn.UserManager.GetUserAsync(signIn.Context.User);
        if (user is not null)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        await signIn.SignOutAsync();
    }

    public async Task UpdateProfileAsync(string userId, string displayName, string? jobTitle, string language)
    {
        var user = await RequireAsync(userId);
        user.DisplayName = displayName;
        user.JobTitle = jobTitle;
        user.PreferredLanguage = language;
        ThrowIfFailed(await users.UpdateAsync(user), string.Empty);
        await signIn.RefreshSignInAsync(user);
    }

    public async Task<IReadOnlyList<AdminPersonDto>> FindPeopleAsync(string? emailContains, CancellationToken cancellationToken)
    {
        var text = emailContains?.Trim().ToUpperInvariant() ?? string.Empty;
        var found = await users.Users.AsNoTracking()
            .Where(u => text.Length == 0 || u.NormalizedEmail!.Contains(text))
            .OrderBy(u => u.NormalizedEmail)
            .Take(50)
            .ToListAsync(cancellationToken);
        return found.Select(u => new AdminPersonDto(u.Id, u.DisplayName, u.Email!, u.EmailConfirmed, u.LockoutEnd == AppDbContext.BlockedUntil, u.CreatedAtUtc)).ToList();
    }

    public async Task<bool> EndSessionsAsync(string userId)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        // Every request checks the stamp (SessionRules): a new one ends all sessions at their next request.
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user), string.Empty);
        return true;
    }

    public async Task<bool> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true), string.Empty);
        ThrowIfFailed(await users.SetLockoutEndDateAsync(user, disabled ? AppDbContext.BlockedUntil : null), string.Empty);
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user), string.Empty);
        return true;
    }

    public async Task<bool> SetDigestAsync(string userId, bool weeklyDigest, string? language)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        user.WeeklyDigest = weeklyDigest;
        user.PreferredLanguage = language ?? user.PreferredLanguage;
        ThrowIfFailed(await users.UpdateAsync(user), string.Empty);
        return true;
    }

    public async Task<string?> CreateEmailChangeTokenAsync(string userId, string password, string newEmail)
    {
        var user = await RequireAsync(userId);
        return await CheckPasswordCountingFailuresAsync(user, password)
            ? await users.GenerateChangeEmailTokenAsync(user, newEmail)
            : null;
    }

    public async Task<bool> CheckPasswordAsync(string userId, string password) =>
        await CheckPasswordCountingFailuresAsync(await RequireAsync(userId), password);

    public async Task<bool> IsEmailTakenAsync(string email) => await users.FindByEmailAsync(email) is not null;

    public async Task<bool> ConfirmEmailChangeAsync(string userId, string newEmail, string token)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || await users.FindByEmailAsync(newEmail) is not null)
        {
            return false;
        }

        if (!(await users.ChangeEmailAsync(user, newEmail, token)).Succeeded)
        {
            return false;
        }

        ThrowIfFailed(await users.SetUserNameAsync(user, newEmail), string.Empty);
        return true;
    }

    public async Task<bool> ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await RequireAsync(userId);
        if (!await CheckPasswordCountingFailuresAsync(user, currentPassword))
        {
            return false;
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);

        ThrowIfFailed(result, "NewPassword");
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<TwoFactorState> GetTwoFactorStateAsync(string userId)
    {
        var user = await RequireAsync(userId);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            return new TwoFactorState(user.TwoFactorEnabled, string.Empty, string.Empty, 0);
        }

        var uri = $"otpauth://totp/{Uri.EscapeDataString(Issuer)}:{Uri.EscapeDataString(user.Email!)}?secret={key}&issuer={Uri.EscapeDataString(Issuer)}&digits=6";
        return new TwoFactorState(user.TwoFactorEnabled, FormatKey(key), uri, await users.CountRecoveryCodesAsync(user));
    }

    public async Task StartTwoFactorSetupAsync(string userId)
    {
        var user = await RequireAsync(userId);
        if (user.TwoFactorEnabled)
        {
            return;
        }

        // A new key renews the security stamp, so this session is renewed with it.
        ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user), string.Empty);
        await signIn.RefreshSignInAsync(user);
    }

    public async Task<IReadOnlyList<string>?> EnableTwoFactorAsync(string userId, string code)
    {
        var user = await RequireAsync(userId);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }

        ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true), string.Empty);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await signIn.RefreshSignInAsync(user);
        return codes?.ToList() ?? [];
    }

    public async Task<bool> DisableTwoFactorAsync(string userId, string password)
    {
        var user = await RequireAsync(userId);
        if (!await CheckPasswordCountingFailuresAsync(user, password))
        {
            return false;
        }

        ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false), string.Empty);
        ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user), string.Empty);
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<bool> DeleteAccountAsync(string userId, string password)
    {
        var user = await RequireAsync(userId);
        if (!await CheckPasswordCountingFailuresAsync(user, password))
        {
            return false;
        }

        ThrowIfFailed(await users.DeleteAsync(user), string.Empty);
        await signIn.SignOutAsync();
        return true;
    }

    public async Task<bool> EnsureNetworkAdminAsync(string email, string displayName, string? password, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is null)
        {
            if (password is null)
            {
                throw new ValidationException([new ValidationFailure("Password", AppTexts.PasswordRequiredForNewAdmin)]);
            }

            user = new ApplicationUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                DisplayName = displayName,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            ThrowIfFailed(await users.CreateAsync(user, password), "Password");
            created = true;
        }

        if (!await users.IsInRoleAsync(user, Roles.NetworkAdmin))
        {
            ThrowIfFailed(await users.AddToRoleAsync(user, Roles.NetworkAdmin), string.Empty);
        }

        return created;
    }

    private const string Issuer = "Leernetwerk Koppelkansen";

    // A hash of a random password, verified against when an address is unknown: made once by the configured
    // hasher, so it costs the same 210,000 iterations as a real one.
    private static string? s_dummyHash;

    private string DummyHash => s_dummyHash ??= users.PasswordHasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString());

    /// <summary>
    /// A password re-entered to confirm a sensitive change counts towards lockout like a sign-in, so a taken-over
    /// session cannot be used to guess it; a locked-out account is refused.
    /// </summary>
    private async Task<bool> CheckPasswordCountingFailuresAsync(ApplicationUser user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return true;
        }

        await users.AccessFailedAsync(user);
        return false;
    }

    private async Task<ApplicationUser> RequireAsync(string userId) =>
        await users.FindByIdAsync(userId) ?? throw new Application.Common.Exceptions.NotFoundException($"User {userId} was not found.");

    private static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));

    private static void ThrowIfFailed(IdentityResult result, string propertyName)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : propertyName,
                e.Description)));
        }
    }
}
