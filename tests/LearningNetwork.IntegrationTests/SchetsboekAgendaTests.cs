using System.Globalization;
using System.Net;
using System.Text.Json;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// The schetsboek's open questions are the network's starting learning agenda in every installation: on the agenda,
/// the lesson, barrier, theme and municipality pages and in the API; members answer them with reflections, follow
/// them and adopt them onto their own municipality's agenda, with the source kept.
/// </summary>
public sealed class SchetsboekAgendaTests : IAsyncLifetime
{
    private const string Fairness = "eerlijk-onbetaald";
    private readonly ClockedPortalFactory _factory = new();
    private string _bredaMember = null!;
    private int _bredaExperiment;

    public async Task InitializeAsync()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Tilburgs lid", "GM0855");
        _bredaMember = await Network.PersonAsync(_factory, "lid@breda.nl", "Bredaas lid", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Onderzoeker");
        _bredaExperiment = (await Make.Project(_factory.Services).In("GM0758").By(_bredaMember).Titled("Bewoners als energiecoach").CreateAsync()).Id;
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_fresh_production_start_has_the_starting_agenda_on_the_agenda_lesson_barrier_theme_and_municipality_pages()
    {
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LearningQuestions.CountAsync()));
        var visitor = _factory.CreatePortalClient("nl");

        var agenda = await visitor.GetAsync("/learning-agenda", expectSuccess: true);
        Assert.Equal("Open vragen uit het schetsboek", agenda.Text("[data-testid=schetsboek-questions] h2"));
        Assert.Equal(10, Keys(agenda).Count);
        var flexibility = agenda.QuerySelector("[data-key=raamcontracten-flexibiliteit]")!;
        Assert.Equal("Hoe organiseer je flexibiliteit als je raamcontracten in de markt zet?", flexibility.QuerySelector("a")!.TextContent.Trim());
        Assert.Equal("Het schetsboek", flexibility.QuerySelector("figcaption")!.TextContent.Trim());
        Assert.Contains("Hoofdstuk 2, Barrière 5", flexibility.TextContent, StringComparison.Ordinal);

        Assert.Equal(["vrijwillig-of-betaald", Fairness, "rol-bewoners-uitvoering"], Keys(await visitor.GetAsync("/barriers/7", expectSuccess: true)));
        Assert.Equal(["vrijwillig-of-betaald", Fairness, "rol-bewoners-uitvoering"], Keys(await visitor.GetAsync("/lessons/9", expectSuccess: true)));
        Assert.Equal(["social-return-afdwingen", "opleiding-of-werk"], Keys(await visitor.GetAsync("/themes/employment", expectSuccess: true)));
        var tilburg = await visitor.GetAsync($"/municipalities/{await Network.MunicipalityIdAsync(_factory, "GM0855")}", expectSuccess: true);
        Assert.Equal(["urgentie-eigenaren"], Keys(tilburg));
        Assert.Contains("Waar zit dan de urgentie voor de eigenaren?", tilburg.Text("[data-key=urgentie-eigenaren] blockquote"), StringComparison.Ordinal);
        Assert.Equal("Inge van Beek, gemeente Tilburg, in het schetsboek", tilburg.Text("[data-key=urgentie-eigenaren] figcaption"));

        var page = await visitor.GetAsync($"/learning-agenda/schetsboek/{Fairness}", expectSuccess: true);
        Assert.Contains("Is het eerlijk", page.Text("[data-testid=question-text]"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-testid=adopt] a[href*='/account/login']"));
        Assert.Null(page.QuerySelector("[data-testid=link-answer]"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri("/learning-agenda/schetsboek/bestaat-niet", UriKind.Relative))).StatusCode);

        var english = await _factory.CreatePortalClient("en").GetAsync("/barriers/5", expectSuccess: true);
        Assert.Equal("Open questions from the schetsboek", english.Text("[data-testid=schetsboek-questions] h2"));
        Assert.Equal("How do you organise flexibility when you put framework contracts out to tender?", english.Text("[data-key=raamcontracten-flexibiliteit] p a"));
    }

    [Fact]
    public async Task The_api_lists_the_questions_filters_them_and_refuses_an_unknown_filter_or_key()
    {
        var client = _factory.CreatePortalClient("nl");
        using var all = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/schetsboek/questions", UriKind.Relative)));
        Assert.Equal(10, all.RootElement.GetArrayLength());
        var first = all.RootElement[0];
        Assert.Equal("raamcontracten-flexibiliteit", first.GetProperty("key").GetString());
        Assert.Equal("Een kernvraag om dit oplossen is dus: hoe organiseer je flexibiliteit als je raamcontracten in de markt zet?", first.GetProperty("quote").GetProperty("text").GetString());
        Assert.Equal([5], first.GetProperty("barriers").EnumerateArray().Select(b => b.GetInt32()));
        Assert.Equal("Haarlem", first.GetProperty("municipalities")[0].GetProperty("name").GetString());

        using var lesson = JsonDocument.Parse(await client.GetStringAsync(new Uri("/api/v1/schetsboek/questions?lesson=11", UriKind.Relative)));
        Assert.Equal(["urgentie-eigenaren", "bewonersperspectief"], lesson.RootElement.EnumerateArray().Select(e => e.GetProperty("key").GetString()));

        using var one = JsonDocument.Parse(await client.GetStringAsync(new Uri($"/api/v1/schetsboek/questions/{Fairness}", UriKind.Relative)));
        Assert.Equal(Fairness, one.RootElement.GetProperty("question").GetProperty("key").GetString());
        Assert.False(one.RootElement.GetProperty("canAnswer").GetBoolean());

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/schetsboek/questions/bestaat-niet", UriKind.Relative))).StatusCode);
        var refused = await _factory.CreatePortalClient("en").GetAsync(new Uri("/api/v1/schetsboek/questions?theme=kernfusie", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        using var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal("Choose coupling themes from the list.", problem.RootElement.GetProperty("errors").GetProperty("theme")[0].GetString());
    }

    [Fact]
    public async Task A_member_answers_a_question_with_another_municipalitys_reflection_and_only_they_undo_it()
    {
        var reflection = await Make.Reflection(_factory.Services, _bredaExperiment, _bredaMember).Titled("Betaalde energiecoaches").About(7).CreateAsync();
        var tilburg = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var page = $"/learning-agenda/schetsboek/{Fairness}";
        var form = (await tilburg.GetAsync(page, expectSuccess: true)).QuerySelector("[data-testid=link-answer] select")!;
        Assert.Contains(form.QuerySelectorAll("option"), o => o.GetAttribute("value") == Id(reflection));

        await tilburg.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["ReflectionId"] = Id(reflection) });
        var twice = await tilburg.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["ReflectionId"] = Id(reflection) });
        Assert.Contains("Die reflectie is al aan deze vraag gekoppeld.", (await Html.ReadAsync(twice)).SummaryErrors());
        var unknown = await tilburg.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["ReflectionId"] = "987654" });
        Assert.Equal(HttpStatusCode.OK, unknown.StatusCode);
        Assert.Single(await _factory.WithDbAsync(db => db.SourcedQuestions.Where(q => q.Key == Fairness).SelectMany(q => q.Answers).ToListAsync()));

        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var answered = await reader.GetAsync(page, expectSuccess: true);
        Assert.Contains("Betaalde energiecoaches", answered.Text("[data-testid=answers]"), StringComparison.Ordinal);
        Assert.Empty(answered.QuerySelectorAll("[data-testid=answer] form"));
        Assert.Equal("antwoorden: 1", (await reader.GetAsync("/barriers/7", expectSuccess: true)).Text($"[data-key={Fairness}] [data-testid=schetsboek-question-answers]"));

        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.PostWithTokenAsync($"{page}?handler=Unlink&reflectionId={Id(reflection)}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["ReflectionId"] = Id(reflection) })).StatusCode);
        await tilburg.PostWithTokenAsync($"{page}?handler=Unlink&reflectionId={Id(reflection)}", new Dictionary<string, string>());
        Assert.Empty(await _factory.WithDbAsync(db => db.SourcedQuestions.Where(q => q.Key == Fairness).SelectMany(q => q.Answers).ToListAsync()));
    }

    [Fact]
    public async Task A_member_adopts_a_question_onto_their_municipalitys_agenda_and_rewording_keeps_the_source()
    {
        var tilburg = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var page = "/learning-agenda/schetsboek/urgentie-eigenaren";
        var adopted = await tilburg.PostFormAsync(page, new Dictionary<string, string>(), $"{page}?handler=Adopt");
        Assert.Equal(HttpStatusCode.Redirect, adopted.StatusCode);
        var own = adopted.Headers.Location!.OriginalString;
        var question = await tilburg.GetAsync(own, expectSuccess: true);
        Assert.Equal("Waar zit de urgentie voor woningeigenaren, als er aan hun woning weinig te renoveren valt en het hun veel geld kost?", question.Text("[data-testid=question-text]"));
        Assert.Equal($"/learning-agenda/schetsboek/urgentie-eigenaren", question.QuerySelector("[data-testid=adopted-from] a")!.GetAttribute("href"));
        Assert.Contains("Barrière 6", question.Text(".ln-badges"), StringComparison.Ordinal);

        // Adopting again leads to the same question; rewording it keeps where it came from.
        Assert.Null((await tilburg.GetAsync(page, expectSuccess: true)).QuerySelector("[data-testid=adopt-button]"));
        Assert.Equal(own, (await tilburg.PostWithTokenAsync($"{page}?handler=Adopt", new Dictionary<string, string>())).Headers.Location!.OriginalString);
        await tilburg.PostFormAsync(own, new Dictionary<string, string> { ["Input.Text"] = "Hoe maken we asbest urgent voor eigenaren met label C?" }, $"{own}?handler=Reformulate");
        Assert.NotNull((await tilburg.GetAsync(own, expectSuccess: true)).QuerySelector("[data-testid=adopted-from]"));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.LearningQuestions.CountAsync()));

        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var source = await reader.GetAsync(page, expectSuccess: true);
        Assert.Contains("Hoe maken we asbest urgent voor eigenaren met label C?", source.Text("[data-testid=adopted-by]"), StringComparison.Ordinal);
        Assert.Contains("Tilburg", source.Text("[data-testid=adopted-by]"), StringComparison.Ordinal);
        Assert.Equal("overgenomen door gemeenten: 1", (await reader.GetAsync("/learning-agenda", expectSuccess: true)).Text("[data-key=urgentie-eigenaren] [data-testid=schetsboek-question-adopted]"));
        Assert.NotNull((await tilburg.GetAsync(page, expectSuccess: true)).QuerySelector("[data-testid=own-adoption]"));

        // Only members of a municipality adopt; a visitor is sent to sign in.
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.PostWithTokenAsync($"{page}?handler=Adopt", new Dictionary<string, string>())).StatusCode);
        var visitor = await _factory.CreatePortalClient("nl").PostWithTokenAsync($"{page}?handler=Adopt", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, visitor.StatusCode);
        Assert.Contains("/account/login", visitor.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.LearningQuestions.CountAsync()));
    }

    [Fact]
    public async Task Following_a_question_shows_a_new_answer_in_whats_new()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        await reader.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "SchetsboekQuestion", ["key"] = Fairness });
        Assert.Contains(Fairness, (await reader.GetAsync("/account", expectSuccess: true)).QuerySelector("[data-testid=my-follow] a")!.GetAttribute("href"), StringComparison.Ordinal);

        // A reflection written long before it is linked as an answer: what is new is the link.
        var reflection = await Make.Reflection(_factory.Services, _bredaExperiment, _bredaMember).Titled("Vrijwilligers betalen?").About(2).At(_factory.Clock.GetUtcNow().UtcDateTime.AddDays(-30)).CreateAsync();
        var unrelated = await Make.Reflection(_factory.Services, _bredaExperiment, _bredaMember).Titled("Iets anders").About(2).CreateAsync();
        _factory.Clock.Advance(TimeSpan.FromHours(1));
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        await breda.PostWithTokenAsync($"/learning-agenda/schetsboek/{Fairness}?handler=Link", new Dictionary<string, string> { ["ReflectionId"] = Id(reflection) });
        _factory.Clock.Advance(TimeSpan.FromHours(2));

        reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var titles = (await reader.GetAsync("/", expectSuccess: true)).QuerySelectorAll("[data-testid=whats-new] [data-testid=activity-NewReflection] a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Vrijwilligers betalen?"], titles);
        Assert.NotEqual(0, unrelated);
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static List<string?> Keys(AngleSharp.Dom.IDocument page) =>
        [.. page.QuerySelectorAll("[data-testid=schetsboek-question]").Select(e => e.GetAttribute("data-key"))];
}
