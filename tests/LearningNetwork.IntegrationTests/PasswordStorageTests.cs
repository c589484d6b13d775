using System.Buffers.Binary;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>The stored password hash, decoded: ASP.NET Core Identity's version 3 format with PBKDF2.</summary>
public sealed class PasswordStorageTests
{
    [Fact]
    public async Task Passwords_are_stored_as_PBKDF2_with_HMAC_SHA512_and_at_least_210000_iterations()
    {
        using var factory = new PortalFactory();
        var id = await Network.PersonAsync(factory, "hash@example.com", "Hasj");

        var stored = Convert.FromBase64String(await factory.WithDbAsync(db => db.Users.Where(u => u.Id == id).Select(u => u.PasswordHash!).SingleAsync()));

        // Layout: format marker (0x01), PRF, iteration count, salt length (all 32-bit big-endian), salt, subkey.
        Assert.Equal(0x01, stored[0]);
        Assert.Equal(2u, BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(1, 4)));
        Assert.True(BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(5, 4)) >= 210_000);
        var saltLength = (int)BinaryPrimitives.ReadUInt32BigEndian(stored.AsSpan(9, 4));
        Assert.True(saltLength >= 16);
        Assert.True(stored.Length - 13 - saltLength >= 32);
    }
}
