using System.Net;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 19, part 2 (in the portal): a comment on my reflection or in a thread I commented in, and an answer to my
/// municipality's question, reach me once, never for my own action, never about what I may not read; the count in
/// the header, opening one and "alles gelezen".
/// </summary>
public sealed class NotificationTests : IAsyncLifetime
{
    private readonly ClockedPortalFactory _factory = new();
    private string _author = string.Empty;
    private string _breda = string.Empty;
    private string _haarlem = string.Empty;

    public async Task InitializeAsync()
    {
        _author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur Tilburg", "GM0855");
        await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", "GM0855");
        _breda = await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758");
        _haarlem = await Network.PersonAsync(_factory, "lid@haarlem.nl", "Lid Haarlem", "GM0392");
    }

    [Fact]
    public async Task A_comment_tells_the_author_and_earlier_commenters_once_and_not_the_one_who_wrote_it()
    {
        var project = await Make.Project(_factory.Services).Visible(Visibility.Network).Titled("Riool en warmte").By(_author).CreateAsync();
        var reflection = await Make.Reflection(_factory.Services, project.Id, _author).Titled("Samen plannen werkte").About(4).CreateAsync();
        var page = $"/reflections/{reflection}";
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var haarlem = await Network.SignedInAsync(_factory, "lid@haarlem.nl");
        var author = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");

        await breda.PostWithTokenAsync($"{page}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Hoe deden jullie de planning?" });
        await haarlem.PostWithTokenAsync($"{page}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Wij lopen hier ook tegenaan." });

        var kinds = await _factory.WithDbAsync(db => db.Notifications.Select(n => new { n.UserId, n.Kind }).ToListAsync());
        Assert.Equal(2, kinds.Count(k => k.UserId == _author && k.Kind == NotificationKind.CommentOnMyReflection));
        Assert.Single(kinds, k => k.UserId == _breda && k.Kind == NotificationKind.CommentInMyThread);
        Assert.DoesNotContain(kinds, k => k.UserId == _haarlem);

        var home = await author.GetAsync("/", expectSuccess: true);
        Assert.Equal("2", home.QuerySelector("[data-testid=nav-notifications]")!.GetAttribute("data-unread"));
        Assert.Equal("Meldingen (2 nieuw)", home.Text("[data-testid=nav-notifications]"));
        var list = await author.GetAsync("/notifications", expectSuccess: true);
        Assert.Equal("Lid Haarlem reageerde op je reflectie ‘Samen plannen werkte’.", list.QuerySelectorAll("[data-testid=notification] .utrecht-paragraph")[0].TextContent.Trim());
        Assert.Equal("2 ongelezen meldingen.", list.Text("[data-testid=notifications-unread]"));

        var newest = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.UserId == _author).OrderByDescending(n => n.Id).Select(n => n.Id).FirstAsync());
        var opened = await author.PostFormAsync("/notifications", new Dictionary<string, string>(), $"/notifications?handler=Open&id={newest}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Matches($"^/reflections/{reflection}#comment-\\d+$", opened.Headers.Location!.OriginalString);
        Assert.Equal("1", (await author.GetAsync("/", expectSuccess: true)).QuerySelector("[data-testid=nav-notifications]")!.GetAttribute("data-unread"));

        // Someone else's notification does not exist for this person.
        var foreign = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.UserId == _breda).Select(n => n.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await author.PostWithTokenAsync($"/notifications?handler=Open&id={foreign}", new Dictionary<string, string>())).StatusCode);

        await author.PostFormAsync("/notifications", new Dictionary<string, string>(), "/notifications?handler=All");
        Assert.Equal("0", (await author.GetAsync("/", expectSuccess: true)).QuerySelector("[data-testid=nav-notifications]")!.GetAttribute("data-unread"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == _author && n.ReadAtUtc == null)));
    }

    [Fact]
    public async Task No_one_hears_of_a_comment_under_a_reflection_they_may_no_longer_read()
    {
        var project = await Make.Project(_factory.Services).Visible(Visibility.Network).Titled("Eerst open").By(_author).CreateAsync();
        var reflection = await Make.Reflection(_factory.Services, project.Id, _author).Titled("Nu besloten").About(4).CreateAsync();
        var page = $"/reflections/{reflection}";
        await (await Network.SignedInAsync(_factory, "lid@breda.nl")).PostWithTokenAsync($"{page}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Interessant." });
        await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == project.Id).ExecuteUpdateAsync(set => set.SetProperty(e => e.Visibility, Visibility.Draft)));

        await (await Network.SignedInAsync(_factory, "collega@tilburg.nl")).PostWithTokenAsync($"{page}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Intern verder." });

        Assert.Equal(0, await _factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == _breda && n.Kind == NotificationKind.CommentInMyThread)));
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.UserId == _author && n.Kind == NotificationKind.CommentOnMyReflection)));
    }

    [Fact]
    public async Task An_answer_linked_to_a_municipalitys_question_tells_its_members_but_not_the_one_who_linked_it_and_only_once()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var question = await _factory.WithDbAsync(async db =>
        {
            var q = new LearningQuestion(tilburg, null, "Hoe plannen we samen met de netbeheerder?", Visibility.Network, [4], [], _author, DateTime.UtcNow);
            db.LearningQuestions.Add(q);
            await db.SaveChangesAsync();
            return q.Id;
        });
        var project = await Make.Project(_factory.Services).Visible(Visibility.Public).In("GM0758").By(_breda).Titled("Planning in Breda").CreateAsync();
        var answer = await Make.Reflection(_factory.Services, project.Id, _breda).Titled("Eén planning voor iedereen").About(4).CreateAsync();
        var colleague = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        var url = $"/learning-agenda/{question}";

        await colleague.PostFormAsync(url, new Dictionary<string, string> { ["Input.ReflectionId"] = answer.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"{url}?handler=Link");
        await colleague.PostFormAsync(url, new Dictionary<string, string> { ["reflectionId"] = answer.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"{url}?handler=Unlink&reflectionId={answer}");
        await colleague.PostFormAsync(url, new Dictionary<string, string> { ["Input.ReflectionId"] = answer.ToString(System.Globalization.CultureInfo.InvariantCulture) }, $"{url}?handler=Link");

        var told = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.AnswerToOurQuestion).Select(n => new { n.UserId, n.Url, n.Detail }).ToListAsync());
        var one = Assert.Single(told);
        Assert.Equal((_author, url, "Eén planning voor iedereen"), (one.UserId, one.Url, one.Detail));
        var list = await (await Network.SignedInAsync(_factory, "auteur@tilburg.nl")).GetAsync("/notifications", expectSuccess: true);
        Assert.Contains("Collega Tilburg koppelde de reflectie ‘Eén planning voor iedereen’ als antwoord op de leervraag van je gemeente", list.Text("[data-testid=notifications]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_that_overcomes_a_barrier_tells_the_municipalities_it_still_blocks_once()
    {
        await Make.Project(_factory.Services).Visible(Visibility.Network).In("GM0758").By(_breda).Titled("Vast op urgentie").Barrier(6, Domain.Experiments.BarrierState.StillBlocking).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Network).In("GM0392").By(_haarlem).Titled("Ook urgentie, maar geen blokkade").Barrier(6, Domain.Experiments.BarrierState.Encountered).CreateAsync();
        await Make.Project(_factory.Services).Visible(Visibility.Network).By(_author).Titled("Eigen blokkade").Barrier(6, Domain.Experiments.BarrierState.StillBlocking).CreateAsync();
        var colleague = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        Dictionary<string, string> Form(string title, string visibility, string state) => new()
        {
            ["Input.Title"] = title, ["Input.Summary"] = "Bewoners zelf laten kiezen.", ["Input.Themes"] = "renovation",
            ["Input.Visibility"] = visibility, ["Input.Barriers[5].State"] = state,
        };

        var draft = await colleague.PostFormAsync("/experiments/new", Form("Concept dat overwon", "Draft", "Overcome"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Notifications.CountAsync()));

        var created = await colleague.PostFormAsync("/experiments/new", Form("Urgentie gevonden", "Network", "Encountered"));
        var url = created.Headers.Location!.OriginalString;
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Notifications.CountAsync()));
        var edit = await colleague.GetAsync(url + "/edit", expectSuccess: true);
        var fields = edit.QuerySelector("main form[method=post]")!.QuerySelectorAll("input[name], textarea[name], select[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e.LocalName switch
            {
                "textarea" => e.TextContent,
                "select" => e.QuerySelector("option[selected]")?.GetAttribute("value") ?? string.Empty,
                _ => e.GetAttribute("value") ?? string.Empty,
            }))
            .Where(f => f.Key != "Input.Barriers[5].State")
            .Append(new("Input.Barriers[5].State", "Overcome"))
            .ToList();
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostAsync(new Uri(url + "/edit", UriKind.Relative), new FormUrlEncodedContent(fields))).StatusCode);

        var told = await _factory.WithDbAsync(db => db.Notifications.Select(n => new { n.UserId, n.Kind, n.Url, n.Detail, n.Title }).ToListAsync());
        var one = Assert.Single(told);
        Assert.Equal((_breda, NotificationKind.BarrierOvercomeElsewhere, url, "6", "Urgentie gevonden"), (one.UserId, one.Kind, one.Url, one.Detail, one.Title));
        var list = await (await Network.SignedInAsync(_factory, "lid@breda.nl")).GetAsync("/notifications", expectSuccess: true);
        Assert.Equal("Het project ‘Urgentie gevonden’ overwon barrière 6 (‘Bewoners voelen geen urgentie: vertraging’), die bij jullie nog blokkeert.", list.QuerySelector("[data-testid=notification] .utrecht-paragraph")!.TextContent.Trim());

        // Saving it again, still overcome, tells no one twice.
        var again = await colleague.GetAsync(url + "/edit", expectSuccess: true);
        var version = again.QuerySelector("input[name=Version]")!.GetAttribute("value")!;
        Assert.Equal(HttpStatusCode.Redirect, (await colleague.PostAsync(new Uri(url + "/edit", UriKind.Relative), new FormUrlEncodedContent(fields.Where(f => f.Key != "Version").Append(new("Version", version))))).StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Notifications.CountAsync()));
    }

    [Fact]
    public async Task A_visitor_is_sent_to_sign_in()
    {
        var response = await _factory.CreatePortalClient("nl").GetAsync(new Uri("/notifications", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/account/login", response.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
