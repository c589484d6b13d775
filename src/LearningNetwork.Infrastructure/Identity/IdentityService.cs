using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using Microsoft.AspNetCore.Identity;

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

    public async Task<bool> PasswordSignInAsync(string email, string password, bool rememberMe)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            return false;
        }

        var result = await signIn.PasswordSignInAsync(user, password, rememberMe, lockoutOnFailure: true);
        return result.Succeeded;
    }

    public Task SignOutAsync() => signIn.SignOutAsync();

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
