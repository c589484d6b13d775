using System.Globalization;
using System.Security.Cryptography;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Notifications;
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

    // A purpose of its own: a digest token is no notification token, nor the other way round.
    private readonly IDataProtector _notifications = provider.CreateProtector("LearningNetwork.Notifications.Unsubscribe.v1");

    public string Create(string userId) => _protector.Protect($"{Expiry()}|{userId}");

    public string? Read(string token) => Open(_protector, token);

    public string CreateForNotifications(string userId, IReadOnlyCollection<NotificationKind> kinds) =>
        _notifications.Protect($"{Expiry()}|{string.Join(',', kinds.Select(k => (int)k))}:{userId}");

    public (string UserId, IReadOnlyList<NotificationKind> Kinds)? ReadForNotifications(string token)
    {
        var payload = Open(_notifications, token)?.Split(':', 2);
        if (payload is not [var list, var userId])
        {
            return null;
        }

        var kinds = new List<NotificationKind>();
        foreach (var part in list.Split(','))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || !Enum.IsDefined((NotificationKind)number))
            {
                return null;
            }

            kinds.Add((NotificationKind)number);
        }

        return (userId, kinds);
    }

    private string Expiry() => clock.GetUtcNow().Add(Lifetime).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);

    /// <summary>What follows the expiry in the protected text, or null when it was tampered with or has expired.</summary>
    private string? Open(IDataProtector protector, string token)
    {
        try
        {
            var parts = protector.Unprotect(token).Split('|', 2);
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
