using System.Text.RegularExpressions;
using MimeKit;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Reads .eml files from the pickup folder as the recipient's mail client would.</summary>
public static partial class Mailbox
{
    public static async Task<MimeMessage> SingleAsync(PortalFactory factory, string to)
    {
        var messages = await AllToAsync(factory, to);
        return Assert.Single(messages);
    }

    public static async Task<IReadOnlyList<MimeMessage>> AllToAsync(PortalFactory factory, string to)
    {
        await factory.DeliverMailAsync();
        var result = new List<MimeMessage>();
        foreach (var file in factory.MailFiles())
        {
            var message = await MimeMessage.LoadAsync(file);
            if (message.To.Mailboxes.Any(m => string.Equals(m.Address, to, StringComparison.OrdinalIgnoreCase)))
            {
                result.Add(message);
            }
        }

        return result;
    }

    /// <summary>The first link in the plain-text body that goes to the given path, as a relative URL.</summary>
    public static string LinkTo(MimeMessage message, string path)
    {
        var text = message.TextBody ?? throw new InvalidOperationException("The mail has no plain-text body.");
        var url = UrlPattern().Matches(text).Select(m => new Uri(m.Value)).First(u => u.AbsolutePath.StartsWith(path, StringComparison.OrdinalIgnoreCase));
        return url.PathAndQuery;
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex UrlPattern();
}
