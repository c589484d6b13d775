using System.Net;
using LearningNetwork.Domain.Common;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Logging a project, its lifecycle and timeline, concurrent edits, and who may see and change it.</summary>
public sealed class ExperimentTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private int _tilburg;
    private int _breda;

    public async Task InitializeAsync()
    {
        _tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        _breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", "GM0855");
        await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", "GM0855");
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Lezer");
    }

    [Fact]
    public async Task A_member_logs_a_project_with_themes_partners_barriers_and_lessons()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var contact = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "collega@tilburg.nl").Select(u => u.Id).SingleAsync());

        var created = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Themes"] = Html.Many("renovation", "energy-poverty"),
            ["Input.Partners[0].Type"] = "HousingCorporation",
            ["Input.Partners[0].Name"] = "Tiwos",
            ["Input.Barriers[3].State"] = "Overcome",
            ["Input.Barriers[3].Note"] = "Samen met de VvE een planning gemaakt.",
            ["Input.Barriers[5].State"] = "StillBlocking",
            ["Input.Lessons[4].Helped"] = "Partly",
            ["Input.Lessons[4].Note"] = "Belangen naast elkaar gelegd.",
            ["Input.Homes"] = "212",
            ["Input.StartDate"] = "2024-05-01",
            ["Input.EndDate"] = "2026-12-31",
            ["Input.ContactUserId"] = contact,
            ["Input.Status"] = "Running",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await member.GetAsync(created.Headers.Location!.OriginalString, expectSuccess: true);
        Assert.Equal("Mozartflat: inductie koken bij betonrotrenovatie", page.Text("h1"));
        Assert.Equal("Loopt", page.Text("[data-testid=status]"));
        Assert.Equal(2, page.QuerySelectorAll("[data-testid=barriers] li").Length);
        Assert.Contains("Overwonnen", page.Text("[data-testid=barriers]"), StringComparison.Ordinal);
        Assert.Contains("Samen met de VvE een planning gemaakt.", page.Text("[data-testid=barriers]"), StringComparison.Ordinal);
        Assert.Contains("Hielp deels", page.Text("[data-testid=lessons]"), StringComparison.Ordinal);
        Assert.Contains("Tiwos (Woningcorporatie)", page.Text(".ln-facts"), StringComparison.Ordinal);
        Assert.Contains("Collega Tilburg", page.Text(".ln-facts"), StringComparison.Ordinal);
        Assert.Contains("Vastgelegd als: Loopt", page.Text("[data-testid=timeline]"), StringComparison.Ordinal);

        var saved = await _factory.WithDbAsync(db => db.Experiments.Include(e => e.Themes).SingleAsync());
        Assert.Equal(_tilburg, saved.MunicipalityId);
        Assert.Equal(["energy-poverty", "renovation"], saved.Themes.Select(t => t.ThemeKey).Order());
        Assert.Equal(212, saved.Homes);

        var municipality = await member.GetAsync($"/municipalities/{_tilburg}", expectSuccess: true);
        Assert.Contains("Mozartflat", municipality.Text("[data-testid=experiments]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_status_moves_forward_and_back_with_a_note_and_stalling_needs_a_reason()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var id = await CreateAsync(member);
        var url = $"/experiments/{id}";

        await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Running", ["Input.Note"] = "Aannemer gestart." }, $"{url}?handler=Status");
        var noReason = await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Stalled", ["Input.Note"] = "Even pas op de plaats." }, $"{url}?handler=Status");
        Assert.Contains("Geef een reden als het project stilligt", string.Join(" ", (await Html.ReadAsync(noReason)).SummaryErrors()), StringComparison.Ordinal);
        await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Stalled", ["Input.Note"] = "Even pas op de plaats.", ["Input.Reason"] = "Subsidie nog niet rond." }, $"{url}?handler=Status");
        await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "Preparing", ["Input.Note"] = "Stap terug om er twee vooruit te zetten." }, $"{url}?handler=Status");
        await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Kind"] = "EyeOpener", ["Input.Note"] = "Bewoners wilden eerst praten over de huur." }, $"{url}?handler=Timeline");

        var page = await member.GetAsync(url, expectSuccess: true);
        var timeline = page.QuerySelectorAll("[data-testid=timeline] li").Select(li => li.TextContent).ToList();
        Assert.Equal(5, timeline.Count);
        Assert.Contains("Eye-opener", timeline[0], StringComparison.Ordinal);
        Assert.Contains("Van Ligt stil naar In voorbereiding", timeline[1], StringComparison.Ordinal);
        Assert.Contains("Van Loopt naar Ligt stil", timeline[2], StringComparison.Ordinal);
        Assert.Contains("Van Idee naar Loopt", timeline[3], StringComparison.Ordinal);
        Assert.Equal("In voorbereiding", page.Text("[data-testid=status]"));
        Assert.Null(await _factory.WithDbAsync(db => db.Experiments.Select(e => e.StatusReason).SingleAsync()));
    }

    /// <summary>Issue 18, point 15: "bewust niet gekoppeld" is an outcome of its own, with its reason, and can be browsed.</summary>
    [Fact]
    public async Task Deliberately_not_coupling_is_an_outcome_with_a_reason()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var id = await CreateAsync(member);
        var url = $"/experiments/{id}";

        var noReason = await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "NotCoupled", ["Input.Note"] = "Besloten." }, $"{url}?handler=Status");
        Assert.Contains("bewust niet gekoppeld", string.Join(" ", (await Html.ReadAsync(noReason)).SummaryErrors()), StringComparison.Ordinal);
        await member.PostFormAsync(url, new Dictionary<string, string> { ["Input.Status"] = "NotCoupled", ["Input.Note"] = "Besloten.", ["Input.Reason"] = "Riool en warmtenet hebben een te verschillend aanlegtempo." }, $"{url}?handler=Status");

        var page = await member.GetAsync(url, expectSuccess: true);
        Assert.Equal("Bewust niet gekoppeld", page.Text("[data-testid=status]"));
        Assert.Contains("te verschillend aanlegtempo", page.Text("main"), StringComparison.Ordinal);
        var browse = await member.GetAsync("/experiments?status=NotCoupled", expectSuccess: true);
        Assert.Single(browse.QuerySelectorAll("[data-testid=results] li"));
    }

    [Fact]
    public async Task Of_two_concurrent_edits_the_second_is_refused_with_both_versions_and_nothing_is_overwritten()
    {
        var first = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var second = await Network.SignedInAsync(_factory, "collega@tilburg.nl");
        var id = await CreateAsync(first);
        var edit = $"/experiments/{id}/edit";
        var secondForm = await second.GetAsync(edit, expectSuccess: true);
        var staleVersion = secondForm.QuerySelector("input[name=Version]")!.GetAttribute("value")!;

        await first.PostFormAsync(edit, new Dictionary<string, string> { ["Input.Title"] = "Titel van de eerste" });
        var refused = await second.PostFormAsync(edit, new Dictionary<string, string> { ["Input.Title"] = "Titel van de tweede", ["Version"] = staleVersion });

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        var page = await Html.ReadAsync(refused);
        Assert.NotNull(page.QuerySelector("[data-testid=conflict]"));
        var versions = page.Text("[data-testid=conflict-versions]");
        Assert.Contains("Titel van de eerste", versions, StringComparison.Ordinal);
        Assert.Contains("Titel van de tweede", versions, StringComparison.Ordinal);
        Assert.Equal("Titel van de eerste", await _factory.WithDbAsync(db => db.Experiments.Select(e => e.Title).SingleAsync()));

        // Saving again from the conflict page is a deliberate choice for one's own version.
        var again = await second.PostAsync(new Uri(edit, UriKind.Relative), new FormUrlEncodedContent(FormOf(page)));
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal("Titel van de tweede", await _factory.WithDbAsync(db => db.Experiments.Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task Other_municipalities_cannot_change_it_and_drafts_stay_inside_the_municipality()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var draft = await CreateAsync(member, Visibility.Draft);
        var network = await CreateAsync(member, Visibility.Network);
        var open = await CreateAsync(member, Visibility.Public);
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var visitor = _factory.CreatePortalClient();

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(new Uri($"/experiments/{network}/edit", UriKind.Relative))).StatusCode);
        var before = await _factory.WithDbAsync(db => db.Experiments.Select(e => e.Version).SumAsync());
        var refused = await outsider.PostWithTokenAsync($"/experiments/{network}?handler=Status", new Dictionary<string, string> { ["Input.Status"] = "Stopped", ["Input.Note"] = "x", ["Input.Reason"] = "y", ["Input.Version"] = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Experiments.Select(e => e.Version).SumAsync()));

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(new Uri($"/experiments/{draft}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/experiments/{draft}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri($"/experiments/{network}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/experiments/{network}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri($"/experiments/{open}", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(new Uri($"/experiments/{draft}", UriKind.Relative))).StatusCode);

        Assert.Single((await visitor.GetAsync($"/municipalities/{_tilburg}", expectSuccess: true)).QuerySelectorAll("[data-testid=experiments] li"));
        Assert.Equal(2, (await reader.GetAsync($"/municipalities/{_tilburg}", expectSuccess: true)).QuerySelectorAll("[data-testid=experiments] li").Length);
        Assert.Equal(3, (await member.GetAsync($"/municipalities/{_tilburg}", expectSuccess: true)).QuerySelectorAll("[data-testid=experiments] li").Length);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(new Uri("/experiments/new", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Who_overcame_the_same_barrier_elsewhere_and_the_lesson_and_barrier_pages_show_what_one_may_read()
    {
        var tilburg = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var mine = await tilburg.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Barriers[3].State"] = "StillBlocking",
            ["Input.Lessons[1].Helped"] = "Yes",
        }));
        await tilburg.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string> { ["Input.Title"] = "Eigen gemeente", ["Input.Barriers[3].State"] = "Overcome" }));
        await breda.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Title"] = "Breda: planning afgestemd",
            ["Input.Themes"] = Html.Many("renovation", "employment"),
            ["Input.Visibility"] = "Public",
            ["Input.Barriers[3].State"] = "Overcome",
            ["Input.Barriers[3].Note"] = "Eén planning met corporatie en netbeheerder.",
            ["Input.Lessons[1].Helped"] = "Partly",
        }));
        await breda.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Title"] = "Breda: concept",
            ["Input.Visibility"] = "Draft",
            ["Input.Barriers[3].State"] = "Overcome",
            ["Input.Lessons[1].Helped"] = "Yes",
        }));
        await breda.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Title"] = "Breda: ander thema",
            ["Input.Themes"] = "underground",
            ["Input.Barriers[3].State"] = "Overcome",
        }));

        var page = await tilburg.GetAsync(mine.Headers.Location!.OriginalString, expectSuccess: true);
        var peers = page.QuerySelectorAll("[data-testid=peers-4] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, peers.Count);
        Assert.Contains("Breda: planning afgestemd", peers[0], StringComparison.Ordinal);
        Assert.Contains("Eén planning met corporatie en netbeheerder.", peers[0], StringComparison.Ordinal);
        Assert.Contains("Breda: ander thema", peers[1], StringComparison.Ordinal);

        var visitor = _factory.CreatePortalClient();
        var barrierPage = await visitor.GetAsync("/barriers/4", expectSuccess: true);
        Assert.Equal(["Breda: planning afgestemd"], barrierPage.QuerySelectorAll("[data-testid=experiments] h3").Select(h => h.TextContent.Trim()));
        var memberBarrierPage = await tilburg.GetAsync("/barriers/4", expectSuccess: true);
        var states = memberBarrierPage.QuerySelectorAll("[data-testid=experiments] li").Select(li => li.TextContent).ToList();
        Assert.Equal(4, states.Count);
        Assert.Contains("Overwonnen", states[0], StringComparison.Ordinal);
        Assert.Contains("Blokkeert nog", states[^1], StringComparison.Ordinal);
        Assert.DoesNotContain(states, s => s.Contains("Breda: concept", StringComparison.Ordinal));

        var lessonPage = await tilburg.GetAsync("/lessons/2", expectSuccess: true);
        var lessons = lessonPage.QuerySelectorAll("[data-testid=experiments] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, lessons.Count);
        Assert.Contains("Hielp", lessons[0], StringComparison.Ordinal);
        Assert.Contains("Hielp deels", lessons[1], StringComparison.Ordinal);

        // A signed-in reader's peers are kept between views (the read cache), yet a peer added since shows at the next view.
        Assert.Equal(peers, (await tilburg.GetAsync(mine.Headers.Location!.OriginalString, expectSuccess: true)).QuerySelectorAll("[data-testid=peers-4] li").Select(li => li.TextContent).ToList());
        await breda.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string> { ["Input.Title"] = "Breda: net voorbij", ["Input.Barriers[3].State"] = "Overcome" }));
        var again = await tilburg.GetAsync(mine.Headers.Location!.OriginalString, expectSuccess: true);
        Assert.Contains(again.QuerySelectorAll("[data-testid=peers-4] li a").Select(a => a.TextContent.Trim()), title => title == "Breda: net voorbij");
    }

    /// <summary>Issue 18, point 1: a lesson can be learned by its absence (Tilburg, lesson 1), or its outcome not be known yet.</summary>
    [Fact]
    public async Task A_lesson_can_be_learned_by_its_absence_or_not_be_known_yet()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var created = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Lessons[0].Helped"] = "LearnedByAbsence",
            ["Input.Lessons[0].Note"] = "De urgentie voor het saneren van asbest ontbrak.",
            ["Input.Lessons[10].Helped"] = "NotYetKnown",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await member.GetAsync(created.Headers.Location!.OriginalString, expectSuccess: true);
        Assert.Contains("Geleerd doordat het ontbrak", page.Text("[data-testid=lessons]"), StringComparison.Ordinal);
        Assert.Contains("Nog niet bekend", page.Text("[data-testid=lessons]"), StringComparison.Ordinal);
        var edit = await member.GetAsync(created.Headers.Location!.OriginalString + "/edit", expectSuccess: true);
        Assert.Equal("LearnedByAbsence", edit.QuerySelector("select[name='Input.Lessons[0].Helped'] option[selected]")!.GetAttribute("value"));
        Assert.Contains("Geleerd doordat het ontbrak", (await member.GetAsync("/lessons/1", expectSuccess: true)).Text("[data-testid=experiments]"), StringComparison.Ordinal);
    }

    public static TheoryData<Dictionary<string, string>, string> BadInput() => new()
    {
        { new() { ["Input.StartDate"] = "2026-06-01", ["Input.EndDate"] = "2025-01-01" }, "Het einde ligt voor het begin." },
        { new() { ["Input.Themes"] = "" }, "Kies minstens één koppelthema, of vul in wat je anders koppelt." },
        { new() { ["Input.Summary"] = new string('s', 100_000) }, "De samenvatting is hoogstens 4000 tekens lang." },
        { new() { ["Input.Barriers[0].Number"] = "99", ["Input.Barriers[0].State"] = "Encountered" }, "Kies barrières uit de lijst van zeven." },
        { new() { ["Input.Barriers[0].State"] = "Sometimes" }, "Kies of de barrière speelde" },
        { new() { ["Input.Homes"] = "-5" }, "Vul een aantal woningen in tussen 0 en 1.000.000." },
        { new() { ["Input.Homes"] = "veel" }, "Vul een aantal woningen in tussen 0 en 1.000.000." },
        { new() { ["Input.Title"] = "" }, "Geef het project een titel." },
        { new() { ["Input.Themes"] = "not-a-theme" }, "Kies koppelthema's uit de lijst." },
        { new() { ["Input.Visibility"] = "Everyone" }, "Kies wie het project mag zien." },
        { new() { ["Input.StartDate"] = "31-12-2026" }, "Vul een jaar, een maand of een datum in" },
        { new() { ["Input.StartDate"] = "2019-13" }, "Vul een jaar, een maand of een datum in" },
        { new() { ["Input.StartDate"] = "2019", ["Input.EndDate"] = "2018-12" }, "Het einde ligt voor het begin." },
        { new() { ["Input.Themes"] = "", ["Input.OtherCoupling"] = new string('o', 300) }, "Wat je anders koppelt mag hoogstens 200 tekens lang zijn." },
        { new() { ["Input.OtherCoupling"] = "Verlichting\r\nBcc: iemand@example.com" }, "Schrijf dit op één regel, zonder regeleinden." },
        { new() { ["Input.SchetsboekExample"] = "haarlem-meerwijk" }, "Kies een voorbeeld uit het schetsboek van je eigen gemeente." },
        { new() { ["Input.SchetsboekExample"] = "bestaat-niet" }, "Kies een voorbeeld uit het schetsboek van je eigen gemeente." },
    };

    [Fact]
    public async Task A_date_may_be_a_year_or_a_month_and_reads_as_one_on_the_page_in_the_form_and_in_the_export()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");

        var created = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.StartDate"] = "2019-03",
            ["Input.EndDate"] = "2019",
            ["Input.Visibility"] = "Public",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var url = created.Headers.Location!.OriginalString;
        var facts = (await member.GetAsync(url, expectSuccess: true)).Text(".ln-facts");
        Assert.Contains("maart 2019", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("1 maart 2019", facts, StringComparison.Ordinal);
        Assert.DoesNotContain("1 januari", facts, StringComparison.Ordinal);
        var edit = await member.GetAsync(url + "/edit", expectSuccess: true);
        Assert.Equal("2019-03", edit.QuerySelector("input[name='Input.StartDate']")!.GetAttribute("value"));
        Assert.Equal("2019", edit.QuerySelector("input[name='Input.EndDate']")!.GetAttribute("value"));
        var saved = await _factory.WithDbAsync(db => db.Experiments.Select(e => new { e.StartDate, e.StartPrecision, e.EndDate, e.EndPrecision }).SingleAsync());
        Assert.Equal((new DateOnly(2019, 3, 1), Domain.Experiments.DatePrecision.Month, new DateOnly(2019, 1, 1), Domain.Experiments.DatePrecision.Year), (saved.StartDate, saved.StartPrecision, saved.EndDate, saved.EndPrecision));

        var english = await Network.SignedInAsync(_factory, "collega@tilburg.nl", "en");
        Assert.Contains("March 2019", (await english.GetAsync(url, expectSuccess: true)).Text(".ln-facts"), StringComparison.Ordinal);
        var csv = await _factory.CreatePortalClient().GetStringAsync(new Uri("/api/v1/export/experiments.csv", UriKind.Relative));
        Assert.Contains(",2019-03,2019,", csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_may_couple_something_other_than_the_eight_example_themes_and_is_found_by_it()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");

        var created = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.Themes"] = "",
            ["Input.OtherCoupling"] = "Vervanging van de openbare straatverlichting",
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var page = await member.GetAsync(created.Headers.Location!.OriginalString, expectSuccess: true);
        Assert.Equal("Anders: Vervanging van de openbare straatverlichting", page.Text("[data-testid=other-coupling]"));
        var edit = await member.GetAsync(created.Headers.Location!.OriginalString + "/edit", expectSuccess: true);
        Assert.Equal("Vervanging van de openbare straatverlichting", edit.QuerySelector("input[name='Input.OtherCoupling']")!.GetAttribute("value"));
        var found = await member.GetAsync("/experiments?q=straatverlichting", expectSuccess: true);
        Assert.Contains("Mozartflat", found.Text("main"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_member_makes_the_schetsboek_example_of_their_municipality_their_project_and_the_source_stays()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var municipality = $"/municipalities/{_tilburg}";
        const string Card = "[data-testid=sourced-example][data-key=tilburg-paw-wijk]";

        var before = await member.GetAsync(municipality, expectSuccess: true);
        Assert.Equal($"/experiments/new?fromExample=tilburg-paw-wijk", before.QuerySelector($"{Card} [data-testid=example-claim]")!.GetAttribute("href"));
        Assert.Null((await breda.GetAsync(municipality, expectSuccess: true)).QuerySelector("[data-testid=example-claim]"));
        Assert.Null((await _factory.CreatePortalClient("nl").GetAsync(municipality, expectSuccess: true)).QuerySelector("[data-testid=example-claim]"));

        var form = await member.GetAsync("/experiments/new?fromExample=tilburg-paw-wijk", expectSuccess: true);
        Assert.Equal("PAW-wijk: asbestsanering als haakje om te isoleren", form.QuerySelector("input[name='Input.Title']")!.GetAttribute("value"));
        Assert.Equal("tilburg-paw-wijk", form.QuerySelector("select[name='Input.SchetsboekExample'] option[selected]")!.GetAttribute("value"));
        Assert.NotNull(form.QuerySelector("input[name='Input.Themes'][value=renovation][checked]"));
        Assert.Equal("Encountered", form.QuerySelector("select[name='Input.Barriers[5].State'] option[selected]")!.GetAttribute("value"));
        Assert.Equal("NotYetKnown", form.QuerySelector("select[name='Input.Lessons[0].Helped'] option[selected]")!.GetAttribute("value"));

        var saved = await member.PostAsync(new Uri("/experiments/new", UriKind.Relative), new FormUrlEncodedContent(FormOf(form)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var project = await member.GetAsync(saved.Headers.Location!.OriginalString, expectSuccess: true);
        Assert.Equal($"{municipality}#example-tilburg-paw-wijk", project.QuerySelector("[data-testid=project-from-schetsboek] a")!.GetAttribute("href"));
        Assert.Contains("2. Renovatiewerkzaamheden", project.Text("[data-testid=project-from-schetsboek]"), StringComparison.Ordinal);

        var after = await member.GetAsync(municipality, expectSuccess: true);
        Assert.Equal("PAW-wijk: asbestsanering als haakje om te isoleren", after.Text($"{Card} [data-testid=example-projects] a"));
        Assert.Null(after.QuerySelector($"{Card} [data-testid=example-claim]"));
        Assert.Null((await _factory.CreatePortalClient("nl").GetAsync(municipality, expectSuccess: true)).QuerySelector($"{Card} [data-testid=example-projects]"));

        var twice = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string> { ["Input.SchetsboekExample"] = "tilburg-paw-wijk" }));
        Assert.Contains("Dit voorbeeld uit het schetsboek is al een ander project van je gemeente.", (await Html.ReadAsync(twice)).SummaryErrors());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Experiments.CountAsync()));
    }

    [Theory]
    [MemberData(nameof(BadInput))]
    public async Task Bad_input_gets_a_clear_message_and_saves_nothing(Dictionary<string, string> bad, string expected)
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");

        var response = await member.PostFormAsync("/experiments/new", Fields(bad));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await Html.ReadAsync(response)).SummaryErrors(), e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Experiments.CountAsync()));
    }

    [Fact]
    public async Task A_tampered_municipality_or_version_field_changes_nothing_it_should_not()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var created = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string>
        {
            ["Input.MunicipalityId"] = _breda.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MunicipalityId"] = _breda.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal(_tilburg, await _factory.WithDbAsync(db => db.Experiments.Select(e => e.MunicipalityId).SingleAsync()));

        var id = await _factory.WithDbAsync(db => db.Experiments.Select(e => e.Id).SingleAsync());
        var tampered = await member.PostFormAsync($"/experiments/{id}/edit", new Dictionary<string, string> { ["Input.Title"] = "Nieuwe titel", ["Version"] = "999" });
        Assert.Equal(HttpStatusCode.Conflict, tampered.StatusCode);
        Assert.Equal("Mozartflat: inductie koken bij betonrotrenovatie", await _factory.WithDbAsync(db => db.Experiments.Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task Who_overcame_shows_five_per_open_barrier_with_the_most_shared_themes_first()
    {
        var tilburg = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        async Task<string> CreateAsync(HttpClient member, Dictionary<string, string> fields)
        {
            var response = await member.PostFormAsync("/experiments/new", Fields(fields));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            return response.Headers.Location!.OriginalString;
        }

        var twoOpen = await CreateAsync(tilburg, new()
        {
            ["Input.Themes"] = Html.Many("renovation", "employment"),
            ["Input.Barriers[2].State"] = "Encountered",
            ["Input.Barriers[3].State"] = "StillBlocking",
        });
        for (var i = 1; i <= 6; i++)
        {
            await CreateAsync(breda, new()
            {
                ["Input.Title"] = $"Breda {i}",
                ["Input.Themes"] = i >= 5 ? Html.Many("renovation", "employment") : "underground",
                ["Input.Barriers[3].State"] = "Overcome",
            });
        }

        await CreateAsync(breda, new() { ["Input.Title"] = "Breda voorbij 3", ["Input.Barriers[2].State"] = "Overcome" });

        var page = await tilburg.GetAsync(twoOpen, expectSuccess: true);
        var four = page.QuerySelectorAll("[data-testid=peers-4] li a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Equal(5, four.Count);
        Assert.Equal(["Breda 5", "Breda 6"], four.Take(2).Order());
        Assert.Equal(["Breda voorbij 3"], page.QuerySelectorAll("[data-testid=peers-3] li a").Select(a => a.TextContent.Trim()));
    }

    [Fact]
    public async Task A_projects_breadcrumb_is_Projecten_then_its_title_on_its_page_and_the_pages_below_it()
    {
        const string Title = "Mozartflat: inductie koken bij betonrotrenovatie";
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var id = await CreateAsync(member);
        var author = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "lid@tilburg.nl").Select(u => u.Id).SingleAsync());
        var reflection = await Content.ReflectAsync(_factory, id, author, "Wat werkte", [4], DateTime.UtcNow);

        var page = await member.GetAsync($"/experiments/{id}", expectSuccess: true);
        Assert.Equal(["Projecten", Title], Crumbs(page));
        Assert.Equal("/experiments", page.QuerySelector("nav.utrecht-breadcrumb-nav a")!.GetAttribute("href"));
        Assert.Equal("page", page.QuerySelectorAll("nav.utrecht-breadcrumb-nav a").Last().GetAttribute("aria-current"));
        Assert.Equal($"/municipalities/{_tilburg}", page.QuerySelector("[data-testid=municipality-link]")!.GetAttribute("href"));
        foreach (var below in new[] { $"/experiments/{id}/edit", $"/experiments/{id}/reflection", $"/reflections/{reflection}" })
        {
            var crumbs = (await member.GetAsync(below, expectSuccess: true)).QuerySelectorAll("nav.utrecht-breadcrumb-nav a");
            Assert.Equal(["Projecten", Title], crumbs.Select(a => a.TextContent.Trim()));
            Assert.Equal(["/experiments", $"/experiments/{id}"], crumbs.Select(a => a.GetAttribute("href")));
        }

        Assert.Equal(["Projecten"], Crumbs(await member.GetAsync("/experiments/new", expectSuccess: true)));
    }

    private static List<string> Crumbs(AngleSharp.Dom.IDocument page) =>
        page.QuerySelectorAll("nav.utrecht-breadcrumb-nav li").Select(li => li.TextContent.Trim()).ToList();

    private static Dictionary<string, string> Fields(Dictionary<string, string> overrides)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Title"] = "Mozartflat: inductie koken bij betonrotrenovatie",
            ["Input.Summary"] = "Koken op inductie meegenomen in de renovatie van balkons en glas.",
            ["Input.Place"] = "Tilburg",
            ["Input.Themes"] = "renovation",
            ["Input.Visibility"] = "Network",
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        return fields;
    }

    private async Task<int> CreateAsync(HttpClient member, Visibility visibility = Visibility.Network)
    {
        var response = await member.PostFormAsync("/experiments/new", Fields(new Dictionary<string, string> { ["Input.Visibility"] = visibility.ToString() }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static IEnumerable<KeyValuePair<string, string>> FormOf(AngleSharp.Dom.IDocument page)
    {
        var form = page.QuerySelector("main form[method=post]")!;
        foreach (var input in form.QuerySelectorAll("input[name], textarea[name], select[name]"))
        {
            var type = input.GetAttribute("type");
            if (type is "checkbox" or "radio" && !input.HasAttribute("checked"))
            {
                continue;
            }

            var value = input.LocalName switch
            {
                "textarea" => input.TextContent,
                "select" => (input.QuerySelector("option[selected]") ?? input.QuerySelector("option"))?.GetAttribute("value") ?? string.Empty,
                _ => input.GetAttribute("value") ?? string.Empty,
            };
            yield return new KeyValuePair<string, string>(input.GetAttribute("name")!, value);
        }
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
