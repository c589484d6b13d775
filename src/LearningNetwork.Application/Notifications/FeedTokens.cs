using System.Security.Cryptography;
using System.Text;

namespace LearningNetwork.Application.Notifications;

/// <summary>Feed tokens: 256 random bits, URL-safe; only their SHA-256 is stored, so the database cannot give one away.</summary>
internal static class FeedTokens
{
    public static string Create() => Base64UrlEncode(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));

    private static string Base64UrlEncode(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
