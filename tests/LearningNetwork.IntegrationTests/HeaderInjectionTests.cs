using System.Net;
using System.Text.Json;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// CR and LF in names and subjects reach mail and logs only as data: no forged header, no extra recipient, no
/// forged log line. The names are written straight to the database, past the forms that refuse line breaks, as
/// an import or an old row would.
/// </summary>
public sealed class HeaderInjectionTests
{
    private const string Forged = "\r\nBcc: slachtoffer@example.com\r\nX-Forged: yes";

    [Fact]
    public async Task Line_breaks_in_a_name_and_a_subject_forge_no_mail_header_or_recipient()
    {
        using var sink = new SmtpSink();
        using var factory = sink.Configure(new PortalFactory());
        var coordinator = await Network.PersonAsync(factory, "co@tilburg.nl", "Coördinator", "GM0855", MembershipRole.Coordinator);
        await Network.PersonAsync(factory, "kandidaat@example.com", "Kandidaat");
        var tilburg = await Network.MunicipalityIdAsync(factory, "GM0855");
        await factory.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == coordinator).ExecuteUpdateAsync(s => s.SetProperty(u => u.DisplayName, "Coördinator" + Forged));
            return await db.Municipalities.Where(m => m.Id == tilburg).ExecuteUpdateAsync(s => s.SetProperty(m => m.Name, "Tilburg" + Forged));
        });
        var candidate = await Network.SignedInAsync(factory, "kandidaat@example.com");

        var join = await candidate.PostFormAsync($"/municipalities/{tilburg}", new Dictionary<string, string> { ["Input.Motivation"] = "Graag" + Forged }, $"/municipalities/{tilburg}?handler=Join");
        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        await factory.DeliverMailAsync();

        var message = Assert.Single(await sink.WaitForAsync("co@tilburg.nl", 1));
        Assert.Empty(sink.MessagesTo("slachtoffer@example.com"));
        Assert.Equal(["co@tilburg.nl"], sink.Recipients());
        Assert.Equal("co@tilburg.nl", Assert.Single(message.To.Mailboxes).Address);
        Assert.Empty(message.Bcc);
        Assert.False(message.Headers.Contains("X-Forged"));
        Assert.Contains("Tilburg", message.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', message.Subject ?? string.Empty);
    }

    [Fact]
    public async Task Line_breaks_in_a_request_path_and_form_forge_no_log_line()
    {
        var folder = PortalFactory.NewDataFolder();
        Directory.CreateDirectory(folder);
        await using (var node = await PortalNode.StartAsync(folder, new Dictionary<string, string>()))
        {
            using var client = node.CreateClient(new CookieContainer());
            const string forgedLine = "{\"@t\":\"2026-11-28T00:00:00Z\",\"@l\":\"Error\",\"@m\":\"vervalst\"}";
            await client.GetAsync(new Uri("/experiments/%0D%0A" + Uri.EscapeDataString(forgedLine), UriKind.Relative));
            await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "x@example.com\r\n" + forgedLine, ["Input.Password"] = "wrong\r\n" + forgedLine });
            await Task.Delay(500);

            var lines = node.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.Contains(lines, l => l.Contains("\\r\\n{\\\"@t\\\"", StringComparison.Ordinal));
            foreach (var line in lines)
            {
                // Every line is one whole entry of the portal's own; the forged message never stands as one.
                using var parsed = JsonDocument.Parse(line);
                Assert.True(parsed.RootElement.TryGetProperty("@t", out _), "Not a log entry: " + line);
                Assert.False(parsed.RootElement.TryGetProperty("@m", out var message) && message.GetString() == "vervalst", "A forged log line: " + line);
            }
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(folder, recursive: true);
    }
}
