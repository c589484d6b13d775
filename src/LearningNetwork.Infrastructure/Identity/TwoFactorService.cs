using LearningNetwork.Application.Common.Interfaces;
using Microsoft.AspNetCore.Identity;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>Two-step sign-in with an authenticator app: its state, set-up, switching on and off.</summary>
internal sealed class TwoFactorService(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn) : ITwoFactorService
{
    public async Task<TwoFactorState> GetTwoFactorStateAsync(string userId)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
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
        var user = await IdentityRules.RequireAsync(users, userId);
        if (user.TwoFactorEnabled)
        {
            return;
        }

        // A new key renews the security stamp, so this session is renewed with it.
        IdentityRules.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user), string.Empty);
        await signIn.RefreshSignInAsync(user);
    }

    public async Task<IReadOnlyList<string>?> EnableTwoFactorAsync(string userId, string code)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            return null;
        }

        IdentityRules.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, true), string.Empty);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
        await signIn.RefreshSignInAsync(user);
        return codes?.ToList() ?? [];
    }

    public async Task<bool> DisableTwoFactorAsync(string userId, string password)
    {
        var user = await IdentityRules.RequireAsync(users, userId);
        if (!await IdentityRules.CheckPasswordCountingFailuresAsync(users, user, password))
        {
            return false;
        }

        IdentityRules.ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false), string.Empty);
        IdentityRules.ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user), string.Empty);
        await signIn.RefreshSignInAsync(user);
        return true;
    }

    private const string Issuer = "Leernetwerk Koppelkansen";

    private static string FormatKey(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(chunk => new string(chunk)));
}
