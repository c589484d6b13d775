using System.Net;
using AngleSharp.Dom;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;
using Visibility = LearningNetwork.Domain.Common.Visibility;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 20, ADR 0023: what the signed in read is kept per kind of reader (the project page, its questions, the list's
/// rows) and per person (who they are a member of on a page that only reads, their unread count, their werksessies).
/// A save on this node shows at the next view; another node's change (here: a write straight into the file, past this
/// node) shows once the read cache's lifetime has passed; a project's own members read it live; each reader keeps
/// their own buttons and a moderator their own copy; a write always asks who the person is now.
/// </summary>
public sealed class SignedInReadCacheTests : IDisposable
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";
    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task A_reader_elsewhere_gets_the_kept_page_until_a_save_here_or_the_lifetime_and_the_projects_own_members_read_it_live()
    {
        var author = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", Breda);
        var project = await Make.Project(_factory.Services).By(author).Titled("Warmtenet Reeshof").Barrier(6).CreateAsync();
        var page = $"/experiments/{project.Id}";
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var tilburg = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal("Warmtenet Reeshof", (await breda.GetAsync(page, expectSuccess: true)).Text("h1"));
        Assert.Equal("Warmtenet Reeshof", (await tilburg.GetAsync(page, expectSuccess: true)).Text("h1"));

        await Network.WriteElsewhereAsync(_factory, $"UPDATE Experiments SET Title = 'Warmtenet Reeshof-Noord' WHERE Id = {project.Id}");
        Assert.Equal("Warmtenet Reeshof", (await breda.GetAsync(page, expectSuccess: true)).Text("h1"));
        var own = await tilburg.GetAsync(page, expectSuccess: true);
        Assert.Equal("Warmtenet Reeshof-Noord", own.Text("h1"));
        Assert.NotNull(own.QuerySelector("[data-testid=edit-link]"));

        // A reflection written here retires the kept page at once; only its author gets the link to change it.
        var reflection = await Make.Reflection(_factory.Services, project.Id, author).Titled("Eén planning").About(6).CreateAsync();
        var edit = $"a[href='/experiments/{project.Id}/reflection/{reflection}']";
        var seen = await breda.GetAsync(page, expectSuccess: true);
        Assert.Equal("Warmtenet Reeshof-Noord", seen.Text("h1"));
        Assert.Equal("Eén planning", seen.Text("[data-testid=reflection] h3"));
        Assert.Null(seen.QuerySelector(edit));
        Assert.Null(seen.QuerySelector("[data-testid=edit-link]"));
        Assert.NotNull((await tilburg.GetAsync(page, expectSuccess: true)).QuerySelector(edit));

        await Network.WriteElsewhereAsync(_factory, $"UPDATE Experiments SET Title = 'Warmtenet Reeshof-Zuid' WHERE Id = {project.Id}");
        Assert.Equal("Warmtenet Reeshof-Noord", (await breda.GetAsync(page, expectSuccess: true)).Text("h1"));
        _factory.Clock.Advance(ReadCache.Lifetime + TimeSpan.FromSeconds(1));
        breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal("Warmtenet Reeshof-Zuid", (await breda.GetAsync(page, expectSuccess: true)).Text("h1"));
    }

    [Fact]
    public async Task A_moderator_keeps_a_copy_of_their_own_and_a_reader_of_the_same_kind_never_sees_the_hidden_reflection()
    {
        var author = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "lezer@example.com", "Onderzoeker");
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var project = await Make.Project(_factory.Services).By(author).Titled("Warmtenet Reeshof").Barrier(6).CreateAsync();
        await Make.Reflection(_factory.Services, project.Id, author).Titled("Met een telefoonnummer").About(6).Hidden("Persoonsgegevens").CreateAsync();
        await Make.Reflection(_factory.Services, project.Id, author).Titled("Eén planning").About(6).CreateAsync();
        var page = $"/experiments/{project.Id}";

        // Neither belongs to a municipality: they read the same rows, but only the moderator reads what is hidden.
        var moderator = await (await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl")).GetAsync(page, expectSuccess: true);
        Assert.Equal(2, moderator.QuerySelectorAll("[data-testid=reflection]").Length);
        Assert.Equal("Verborgen: Persoonsgegevens", moderator.Text("[data-testid=hidden]"));
        var reader = await (await Network.SignedInAsync(_factory, "lezer@example.com")).GetAsync(page, expectSuccess: true);
        Assert.Equal(["Eén planning"], Titles(reader));
        Assert.Null(reader.QuerySelector("[data-testid=hidden]"));
    }

    [Fact]
    public async Task A_membership_ended_on_another_node_stops_writing_at_once_and_reading_within_the_lifetime()
    {
        var member = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        var draft = await Make.Project(_factory.Services).By(member).Titled("Concept warmtenet").Visible(Visibility.Draft).CreateAsync();
        var page = $"/experiments/{draft.Id}";
        var client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal("Concept warmtenet", (await client.GetAsync(page, expectSuccess: true)).Text("h1"));

        await Network.WriteElsewhereAsync(_factory, $"DELETE FROM Memberships WHERE UserId = '{member}'");
        Assert.Equal("Concept warmtenet", (await client.GetAsync(page, expectSuccess: true)).Text("h1"));
        var write = await client.PostFormAsync($"{page}/edit", new Dictionary<string, string> { ["Input.Title"] = "Overgenomen" });
        Assert.Equal(HttpStatusCode.NotFound, write.StatusCode);
        Assert.Equal("Concept warmtenet", await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == draft.Id).Select(e => e.Title).SingleAsync()));

        _factory.Clock.Advance(ReadCache.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_notification_made_on_another_node_is_counted_within_the_lifetime_for_its_person_alone()
    {
        var person = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", Tilburg);
        var client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal("0", await UnreadAsync(client));

        var now = _factory.Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        await Network.WriteElsewhereAsync(_factory, 
            $"INSERT INTO Notifications (UserId, Kind, SubjectKey, Title, Url, CreatedAtUtc) VALUES ('{person}', 'CommentOnMyReflection', 'comment:1', 'Een reactie', '/reflections/1', '{now}')");
        Assert.Equal("0", await UnreadAsync(client));
        _factory.Clock.Advance(ReadCache.Lifetime + TimeSpan.FromSeconds(1));
        // Kept per person: a colleague who looks first keeps their own count.
        Assert.Equal("0", await UnreadAsync(await Network.SignedInAsync(_factory, "collega@tilburg.nl")));
        client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal("1", await UnreadAsync(client));
    }

    [Fact]
    public async Task The_notifications_page_is_kept_per_person_and_what_is_marked_here_shows_at_once()
    {
        var person = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", Tilburg);
        var colleague = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        var client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Empty(await NotificationsAsync(colleague));
        Assert.Empty(await NotificationsAsync(client));

        // Made on this node: listed at the next view, to its person alone.
        await _factory.WithDbAsync(db =>
        {
            db.Notifications.Add(new Notification(person, NotificationKind.CommentOnMyReflection, "comment:1", "Een reactie", null, null, "/reflections/1", _factory.Clock.GetUtcNow().UtcDateTime));
            return db.SaveChangesAsync();
        });
        Assert.Empty(await NotificationsAsync(colleague));
        Assert.Equal(["CommentOnMyReflection:false"], await NotificationsAsync(client));

        // That view marked it seen; the next one knows, and marks nothing again.
        using (var counter = await SqlCommandCounter.StartAsync(_factory.DataFolder))
        {
            Assert.Equal(["CommentOnMyReflection:false"], await NotificationsAsync(client));
            Assert.DoesNotContain(counter.Commands, c => c.Contains("UPDATE \"Notifications\"", StringComparison.Ordinal));
        }

        // Another node's notification is listed once the lifetime has passed.
        var later = _factory.Clock.GetUtcNow().UtcDateTime.AddSeconds(1).ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
        await Network.WriteElsewhereAsync(_factory,
            $"INSERT INTO Notifications (UserId, Kind, SubjectKey, Title, Url, CreatedAtUtc) VALUES ('{person}', 'AnswerToOurQuestion', 'question:1', 'Een antwoord', '/questions/1', '{later}')");
        Assert.Equal(["CommentOnMyReflection:false"], await NotificationsAsync(client));
        _factory.Clock.Advance(ReadCache.Lifetime + TimeSpan.FromSeconds(1));
        client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal(["AnswerToOurQuestion:false", "CommentOnMyReflection:false"], await NotificationsAsync(client));

        // "Alles gelezen" shows at once.
        await client.PostFormAsync("/notifications", new Dictionary<string, string>(), "/notifications?handler=All");
        Assert.Equal(["AnswerToOurQuestion:true", "CommentOnMyReflection:true"], await NotificationsAsync(client));
    }

    public void Dispose() => _factory.Dispose();

    private static List<string> Titles(IDocument page) =>
        page.QuerySelectorAll("[data-testid=reflection] h3").Select(h => h.TextContent.Trim()).ToList();

    private static async Task<List<string>> NotificationsAsync(HttpClient client) =>
        (await client.GetAsync("/notifications", expectSuccess: true)).QuerySelectorAll("[data-testid=notification]")
            .Select(n => $"{n.GetAttribute("data-kind")}:{n.GetAttribute("data-read")}").ToList();

    private static async Task<string?> UnreadAsync(HttpClient client) =>
        (await client.GetAsync("/", expectSuccess: true)).QuerySelector("[data-testid=nav-notifications]")!.GetAttribute("data-unread");
}
