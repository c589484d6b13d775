using System.Globalization;
using System.Security.Cryptography;
using LearningNetwork.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;

namespace LearningNetwork.Infrastructure.Mail;

/// <summary>
/// Unsubscribe tokens: the person's id and an expiry, protected with ASP.NET Core data protection (so tampering is
/// detected) and checked against the portal's clock. Valid for <see cref="Lifetime"/>: longer than any digest waits
/// in an inbox.
/// </summary>
internal sealed class UnsubscribeTokens(IDataProtectionProvider provider, TimeProvider clock) : IUnsubscribeTokens
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(60);

    private readonly IDataProtector _protector = provider.CreateProtector("LearningNetwork.Digest.Unsubscribe.v1");

    public string Create(string userId)
    {
        var expires = clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return _protector.Protect($"{expires}|{userId}");
    }

    public string? Read(string token)
    {
        try
        {
            var parts = _protector.Unprotect(token).Split('|', 2);
            return parts.Length == 2
                && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && clock.GetUtcNow().ToUnixTimeSeconds() <= expires
                    ? parts[1]
                    : null;
        }
        catch (CryptographicException)
        {
            return null;
        }
    }
}
