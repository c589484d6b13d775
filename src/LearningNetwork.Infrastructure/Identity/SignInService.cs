using LearningNetwork.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>Signing in and out with a cookie, password first and two-factor second.</summary>
internal sealed class SignInService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn) : ISignInService
{
    public async Task<SignInOutcome> PasswordSignInAsync(string email, string password, bool rememberMe)
    {
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            // Same work as for a real account, so timing does not tell which addresses exist.
            users.PasswordHasher.VerifyHashedPassword(new ApplicationUser(), IdentityRules.DummyHash(users), password);
            return SignInOutcome.Failed;
        }

        if (!user.EmailConfirmed || await users.IsLockedOutAsync(user))
        {
            // Refused before any hashing otherwise: do the same work so the answer time tells nothing.
            users.PasswordHasher.VerifyHashedPassword(user, IdentityRules.DummyHash(users), password);
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
}
