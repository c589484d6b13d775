using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>
/// Authenticator-app codes (RFC 6238: HMAC-SHA1, 6 digits, 30-second steps, two steps of clock drift either way)
/// that work once: the time step of an accepted code is stored, and a code of that step or an earlier one is
/// refused, so a code seen over someone's shoulder or replayed from a log is worthless. Replaces Identity's
/// own authenticator provider, which accepts a code again for as long as its window lasts.
/// </summary>
public sealed class SingleUseAuthenticatorTokenProvider(Persistence.AppDbContext db, TimeProvider clock) : IUserTwoFactorTokenProvider<ApplicationUser>
{
    private const int Drift = 2;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public Task<string> GenerateAsync(string purpose, UserManager<ApplicationUser> manager, ApplicationUser user) =>
        Task.FromResult(string.Empty);

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<ApplicationUser> manager, ApplicationUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<ApplicationUser> manager, ApplicationUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrWhiteSpace(key) || token.Length != 6
            || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var secret = FromBase32(key);
        var now = clock.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = now - Drift; step <= now + Drift; step++)
        {
            if (Code(secret, step) == code)
            {
                // One conditional update: of two sign-ins racing with the same code, one changes the row, the other nothing.
                var spent = await db.Users
                    .Where(u => u.Id == user.Id && (u.LastAuthenticatorTimeStep == null || u.LastAuthenticatorTimeStep < step))
                    .ExecuteUpdateAsync(s => s.SetProperty(u => u.LastAuthenticatorTimeStep, step));
                if (spent == 1 && db.Entry(user) is { State: not EntityState.Detached } entry)
                {
                    // The loaded person agrees with the row, and a later save by Identity leaves the column alone.
                    entry.Property(u => u.LastAuthenticatorTimeStep).CurrentValue = step;
                    entry.Property(u => u.LastAuthenticatorTimeStep).OriginalValue = step;
                }

                return spent == 1;
            }
        }

        return false;
    }

    private static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 as authenticator apps implement it: HMAC-SHA1.
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0f;
        return (BinaryPrimitives.ReadInt32BigEndian(hash.AsSpan(offset)) & 0x7fffffff) % 1_000_000;
    }

    private static byte[] FromBase32(string text)
    {
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text.ToUpperInvariant())
        {
            var value = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (value < 0)
            {
                continue;
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }

        return [.. bytes];
    }
}
