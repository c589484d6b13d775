using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>What the account, sign-in, two-factor and administration services share about Identity's users.</summary>
internal static class IdentityRules
{
    // A hash of a random password, verified against when an address is unknown: made once by the configured
    // hasher, so it costs the same 210,000 iterations as a real one.
    private static string? s_dummyHash;

    public static string DummyHash(UserManager<ApplicationUser> users) =>
        s_dummyHash ??= users.PasswordHasher.HashPassword(new ApplicationUser(), Guid.NewGuid().ToString());

    /// <summary>
    /// A password re-entered to confirm a sensitive change counts towards lockout like a sign-in, so a taken-over
    /// session cannot be used to guess it; a locked-out account is refused.
    /// </summary>
    public static async Task<bool> CheckPasswordCountingFailuresAsync(UserManager<ApplicationUser> users, ApplicationUser user, string password)
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

    public static async Task<ApplicationUser> RequireAsync(UserManager<ApplicationUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new Application.Common.Exceptions.NotFoundException($"User {userId} was not found.");

    public static void ThrowIfFailed(IdentityResult result, string propertyName)
    {
        if (!result.Succeeded)
        {
            throw new ValidationException(result.Errors.Select(e => new ValidationFailure(
                e.Code.StartsWith("Password", StringComparison.Ordinal) ? "Password" : propertyName,
                e.Description)));
        }
    }
}
