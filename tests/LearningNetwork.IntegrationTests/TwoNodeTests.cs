using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Two portal processes on one database, each with its own job server, planner and sender, behind what a load
/// balancer would do: send each request to either node.
/// </summary>
public sealed class TwoNodeTests : IDisposable
{
    private const int Readers = 12;
    private static readonly string[] WerksessiePeople = ["lid@tilburg.nl", "lid@breda.nl", "lid@haarlem.nl"];
    private readonly string _folder = PortalFactory.NewDataFolder();
    private readonly SmtpSink _sink = new();

    [Fact]
    public async Task Sign_ins_and_forms_from_one_node_work_on_the_other_and_a_digest_week_sends_one_mail_per_person()
    {
        var amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
        var today = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, amsterdam).DayOfWeek;
        var settings = new Dictionary<string, string>
        {
            // This week's digest is due since midnight today, Amsterdam time, so both nodes plan it as they start.
            ["Digest__DayOfWeek"] = today.ToString(),
            ["Digest__Time"] = "00:00:00",
            ["Digest__PlannerCron"] = "* * * * *",
            ["Delivery__PollSeconds"] = "1",
            ["Smtp__Host"] = "127.0.0.1",
            ["Smtp__Port"] = _sink.Port.ToString(CultureInfo.InvariantCulture),
            ["Smtp__Security"] = "None",
            ["Portal__PublicUrl"] = "https://leernetwerk.example.nl",
            ["RateLimiting__AccountPermitLimit"] = "100000",
        };
        var readers = await PrepareNetworkAsync(settings);

        var starting = new[] { PortalNode.StartAsync(_folder, settings), PortalNode.StartAsync(_folder, settings) };
        try
        {
            await Task.WhenAll(starting);
        }
        catch (Exception) when (starting.Any(s => s.IsCompletedSuccessfully))
        {
            // The node that did start is ended, not left running.
            await (await starting.Single(s => s.IsCompletedSuccessfully)).DisposeAsync();
            throw;
        }

        await using var one = await starting[0];
        await using var two = await starting[1];
        var browser = new CookieContainer();
        using var toOne = one.CreateClient(browser);
        using var toTwo = two.CreateClient(browser);

        // Signed in on node 1, the cookie is read on node 2.
        var signIn = await toOne.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "lid@tilburg.nl", ["Input.Password"] = Network.Password });
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        var account = await toTwo.GetAsync("/account", expectSuccess: true);
        Assert.Contains("lid@tilburg.nl", account.QuerySelector("main")!.TextContent, StringComparison.Ordinal);

        // A form served by node 1 is posted to node 2: its antiforgery token is accepted there.
        var form = await toOne.GetAsync("/experiments/new", expectSuccess: true);
        var token = form.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var created = await toTwo.PostAsync(new Uri("/experiments/new", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Title"] = "Gemaakt op node 1, bewaard op node 2",
            ["Input.Summary"] = "Het formulier kwam van de ene node, de post ging naar de andere.",
            ["Input.Themes"] = "underground",
            ["Input.Visibility"] = "Network",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await toOne.GetAsync(created.Headers.Location)).StatusCode);

        // Both nodes planned at start-up and run their planner every minute and their sender every second.
        foreach (var reader in readers)
        {
            Assert.NotEmpty(await _sink.WaitForAsync(reader, 1, TimeSpan.FromSeconds(60)));
        }

        // Each node's planner runs again (every minute), with many sender rounds in between: still one message per person.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (new[] { one, two }.Any(n => Regex.Count(n.Output, "Digest planner: week") < 2) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(500);
        }

        Assert.All(new[] { one, two }, n => Assert.True(Regex.Count(n.Output, "Digest planner: week") >= 2, "A node's planner did not run again: " + n.Output));
        await Task.Delay(TimeSpan.FromSeconds(3));
        using var check = new PortalFactory(_folder) { KeepDataFolder = true };
        var deliveries = await check.WithDbAsync(db => db.DigestDeliveries.Select(d => new { d.UserId, d.IsoWeek, d.Status }).ToListAsync());
        Assert.Equal(deliveries.Count, deliveries.Select(d => d.UserId).Distinct().Count());
        Assert.Equal(Readers, deliveries.Count(d => d.Status == DigestStatus.Sent));
        foreach (var reader in readers)
        {
            var messages = _sink.MessagesTo(reader);
            var message = Assert.Single(messages);
            Assert.StartsWith("<digest.", "<" + message.MessageId + ">", StringComparison.Ordinal);
        }

        // A werksessie starts within a day: both nodes' senders remind its three people, yet each gets one reminder.
        foreach (var person in WerksessiePeople)
        {
            Assert.NotEmpty(await _sink.WaitForAsync(person, 1, TimeSpan.FromSeconds(30)));
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        foreach (var person in WerksessiePeople)
        {
            var reminder = Assert.Single(_sink.MessagesTo(person));
            Assert.StartsWith("<werksessie-reminder.", "<" + reminder.MessageId + ">", StringComparison.Ordinal);
        }

        Assert.Equal(Readers + WerksessiePeople.Length, _sink.MessageIds().Count);
        Assert.Equal(_sink.MessageIds().Count, _sink.MessageIds().Distinct().Count());
    }

    public void Dispose()
    {
        _sink.Dispose();
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from the temp folder.
        }
    }

    /// <summary>Readers who follow barrier 6, a public project and a reflection on that barrier from yesterday, one member; made by an in-process portal that is then shut.</summary>
    private async Task<List<string>> PrepareNetworkAsync(Dictionary<string, string> settings)
    {
        using var setup = new ClockedPortalFactory(_folder, new MovableClock()) { KeepDataFolder = true };
        foreach (var (key, value) in settings)
        {
            setup.WithSetting(key.Replace("__", ":", StringComparison.Ordinal), value);
        }

        // This portal sends nothing and plans no week: only the two nodes do.
        setup.WithSetting("Delivery:RunInBackground", "false").WithSetting("Digest:PlannerCron", "0 0 1 1 *");
        setup.Clock.SetTo(DateTimeOffset.UtcNow.AddDays(-1));
        var (experiment, author) = await Content.ProjectAsync(setup, Visibility.Public);
        var readers = new List<string>();
        for (var i = 0; i < Readers; i++)
        {
            var email = $"lezer{i}@example.com";
            await Content.ReaderAsync(setup, email, "6");
            readers.Add(email);
        }

        var member = await Network.PersonAsync(setup, "lid@tilburg.nl", "Lid Tilburg", "GM0855");
        await setup.WithDbAsync(db => db.Users.Where(u => u.Id == member).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, false)));
        await Content.ReflectAsync(setup, experiment, author, "Eén planning met de netbeheerder", [6], setup.Clock.GetUtcNow().UtcDateTime);
        await WerksessieAsync(setup, member);
        return readers;
    }

    /// <summary>A werksessie starting in twelve hours, invited two days ago, with a member of Tilburg, Breda and Haarlem, none of them on the digest.</summary>
    private static async Task WerksessieAsync(ClockedPortalFactory setup, string organiser)
    {
        var breda = await Network.PersonAsync(setup, "lid@breda.nl", "Lid Breda", "GM0758");
        var haarlem = await Network.PersonAsync(setup, "lid@haarlem.nl", "Lid Haarlem", "GM0392");
        await setup.WithDbAsync(async db =>
        {
            await db.Users.Where(u => u.Id == breda || u.Id == haarlem).ExecuteUpdateAsync(s => s.SetProperty(u => u.WeeklyDigest, false));
            var ids = await db.Municipalities.Where(m => m.CbsCode == "GM0855" || m.CbsCode == "GM0758" || m.CbsCode == "GM0392").ToDictionaryAsync(m => m.CbsCode, m => m.Id);
            var start = DateTime.UtcNow.AddHours(12);
            var invited = DateTime.UtcNow.AddDays(-2);
            var werksessie = new Werksessie(new WerksessieDetails("Twee nodes, één herinnering", start, start.AddHours(2), true, null, "Agenda", "<p>Agenda</p>"), 3, ids["GM0855"], null, null, organiser, invited);
            werksessie.Invite(organiser, ids["GM0855"], InvitationResponse.Accepted, invited);
            werksessie.Invite(breda, ids["GM0758"], InvitationResponse.Accepted, invited);
            werksessie.Invite(haarlem, ids["GM0392"], InvitationResponse.Pending, invited);
            db.Werksessies.Add(werksessie);
            return await db.SaveChangesAsync();
        });
    }
}
