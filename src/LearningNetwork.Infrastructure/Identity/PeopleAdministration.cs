using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>What network admins do with people's accounts, and the first network admin.</summary>
internal sealed class PeopleAdministration(
    UserManager<ApplicationUser> users,
    TimeProvider clock) : IPeopleAdministration
{
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
        IdentityRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), string.Empty);
        return true;
    }

    public async Task<bool> SetDisabledAsync(string userId, bool disabled)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null)
        {
            return false;
        }

        IdentityRules.ThrowIfFailed(await users.SetLockoutEnabledAsync(user, true), string.Empty);
        IdentityRules.ThrowIfFailed(await users.SetLockoutEndDateAsync(user, disabled ? AppDbContext.BlockedUntil : null), string.Empty);
        IdentityRules.ThrowIfFailed(await users.UpdateSecurityStampAsync(user), string.Empty);
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
            IdentityRules.ThrowIfFailed(await users.CreateAsync(user, password), "Password");
            created = true;
        }

        if (!await users.IsInRoleAsync(user, Roles.NetworkAdmin))
        {
            IdentityRules.ThrowIfFailed(await users.AddToRoleAsync(user, Roles.NetworkAdmin), string.Empty);
        }

        return created;
    }
}
