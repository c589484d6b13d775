using LearningNetwork.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>A person's own account: registration, confirmation, passwords, profile, digest setting, e-mail change, deletion.</summary>
internal sealed class AccountService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    TimeProvider clock) : IAccountService
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
        IdentityRules.ThrowIfFailed(await users.CreateAsync(user, password), nameof(RegistrationResult));
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

        IdentityRules.ThrowIfFailed(result, "Password");
        return true;
    }

    public async Task UpdateProfileAsync(string userId, string displayName, string? jobTitle, string language)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
        user.DisplayName = displayName;
        user.JobTitle = jobTitle;
        user.PreferredLanguage = language;
        IdentityRules.ThrowIfFailed(await users.UpdateAsync(user), string.Empty);
        await signIn.RefreshSignInAsync(user);
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
        IdentityRules.ThrowIfFailed(await users.UpdateAsync(user), string.Empty);
        return true;
    }

    public async Task<string?> CreateEmailChangeTokenAsync(string userId, string password, string newEmail)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
        return await IdentityRules.CheckPasswordCountingFailuresAsync(users, user, password)
            ? await users.GenerateChangeEmailTokenAsync(user, newEmail)
            : null;
    }

    public async Task<bool> CheckPasswordAsync(string userId, string password) =>
        await IdentityRules.CheckPasswordCountingFailuresAsync(users, await IdentityRules.RequireAsync(users, userId), password);

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

        IdentityRules.ThrowIfFailed(await users.SetUserNameAsync(user, newEmail), string.Empty);
        return true;
    }

    public async Task<bool> ChangePasswordAsync(string userId, string currentPassword, string newPassword)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
        if (!await IdentityRules.CheckPasswordCountingFailuresAsync(users, user, currentPassword))
        {
            return false;
        }

        var result = await users.ChangePasswordAsync(user, currentPassword, newPassword);

        IdentityRules.ThrowIfFailed(result, "NewPassword");
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    public async Task<bool> DeleteAccountAsync(string userId, string password)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
        if (!await IdentityRules.CheckPasswordCountingFailuresAsync(users, user, password))
        {
            return false;
        }

        IdentityRules.ThrowIfFailed(await users.DeleteAsync(user), string.Empty);
        await signIn.SignOutAsync();
        return true;
    }
}
