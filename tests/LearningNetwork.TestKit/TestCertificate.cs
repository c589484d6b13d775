using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace LearningNetwork.TestKit;

/// <summary>
/// A throw-away self-signed certificate for 127.0.0.1 and localhost, valid from yesterday to tomorrow: the portal
/// runs over HTTPS in tests so the production cookie rules (__Host-, Secure) hold.
/// </summary>
public static class TestCertificate
{
    /// <summary>The certificate with its private key, for Kestrel in this process.</summary>
    public static X509Certificate2 Create() => X509CertificateLoader.LoadPkcs12(Pfx(), null);

    /// <summary>Writes it as a PKCS#12 file with an empty password, for a portal in another process; returns the path.</summary>
    public static async Task<string> WriteAsync(string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"test-{Guid.NewGuid():N}.pfx");
        await File.WriteAllBytesAsync(path, Pfx());
        return path;
    }

    private static byte[] Pfx()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return certificate.Export(X509ContentType.Pfx, string.Empty);
    }
}
