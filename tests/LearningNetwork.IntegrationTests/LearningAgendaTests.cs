using System.Net;
using System.Text.Json;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>The dynamic learning agenda: questions of a municipality, reformulated, answered by reflections, shared across the network.</summary>
public sealed class LearningAgendaTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private HttpClient _tilburg = null!;
    private HttpClient _breda = null!;
    private string _bredaMember = null!;
    private int _tilburgExperiment;
    private int _bredaExperiment;

    public async Task InitializeAsync()
    {
        var tilburg = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Tilburgs lid", "GM0855");
        _bredaMember = await Network.PersonAsync(_factory, "lid@breda.nl", "Bredaas lid", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Onderzoeker");
        _tilburg = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        _breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        _tilburgExperiment = (await Make.Project(_factory.Services).By(tilburg).Titled("Warmtenet Reeshof").CreateAsync()).Id;
        _bredaExperiment = (await Make.Project(_factory.Services).In("GM0758").By(_bredaMember).Titled("Riool en warmte Breda").CreateAsync()).Id;
    }

    [Fact]
    public async Task Open_questions_are_grouped_by_barrier_and_theme_with_the_municipalities_that_share_them()
    {
        var tilburgQuestion = await AskAsync(_tilburg, "Hoe krijgen we de corporatie mee?", barriers: ["6"], themes: ["renovation"]);
        await AskAsync(_breda, "Wie betaalt de extra kosten?", barriers: ["6", "2"], themes: []);
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");

        var agenda = await reader.GetAsync("/learning-agenda", expectSuccess: true);
        Assert.StartsWith("2 open vragen bij 2 gemeenten", agenda.Text("[data-testid=agenda-totals]"), StringComparison.Ordinal);
        var barrier6 = agenda.QuerySelector("#barrier-6")!.Closest("[data-testid=agenda-group]")!;
        Assert.Equal(2, barrier6.QuerySelectorAll("[data-testid=question]").Length);
        Assert.Contains("(2)", barrier6.QuerySelector("[data-testid=shared-by]")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, barrier6.QuerySelectorAll("[data-testid=shared-by] a[href*='#learning-agenda']").Length);
        var renovation = agenda.QuerySelector("#theme-renovation")!.Closest("[data-testid=agenda-group]")!;
        Assert.Single(renovation.QuerySelectorAll("[data-testid=question]"));

        var details = await reader.GetAsync($"/learning-agenda/{tilburgQuestion}", expectSuccess: true);
        Assert.Contains("Breda", details.Text("[data-testid=also-asked]"), StringComparison.Ordinal);
        Assert.Single((await reader.GetAsync($"/municipalities/{await Network.MunicipalityIdAsync(_factory, "GM0855")}", expectSuccess: true)).QuerySelectorAll("[data-testid=question]"));
    }

    [Fact]
    public async Task A_question_is_reformulated_with_its_history_and_answered_by_another_municipalitys_reflection()
    {
        var question = await AskAsync(_tilburg, "Hoe plannen we samen?", barriers: ["6"], themes: []);
        var page = $"/learning-agenda/{question}";

        var same = await _tilburg.PostFormAsync(page, new Dictionary<string, string> { ["Input.Text"] = "Hoe plannen we samen?" }, $"{page}?handler=Reformulate");
        Assert.Contains("De nieuwe formulering is gelijk aan de huidige.", (await Html.ReadAsync(same)).FieldErrors());
        await _tilburg.PostFormAsync(page, new Dictionary<string, string> { ["Input.Text"] = "Hoe maken we één planning met riool en corporatie?", ["Input.Note"] = "Na het eerste overleg" }, $"{page}?handler=Reformulate");
        var reformulated = await _tilburg.GetAsync(page, expectSuccess: true);
        Assert.Equal("Geherformuleerd", reformulated.Text("[data-testid=question-state]"));
        var history = reformulated.QuerySelectorAll("[data-testid=history] li").Select(li => li.TextContent).ToList();
        Assert.Equal(2, history.Count);
        Assert.Contains("Hoe plannen we samen?", history[1], StringComparison.Ordinal);
        Assert.Contains("Na het eerste overleg", history[0], StringComparison.Ordinal);

        var tooEarly = await _tilburg.PostWithTokenAsync($"{page}?handler=Answered", new Dictionary<string, string>());
        Assert.Contains("Koppel eerst een reflectie die de vraag beantwoordt.", (await Html.ReadAsync(tooEarly)).SummaryErrors());

        var bredaReflection = await ReflectAsync(_breda, _bredaExperiment, "Eén planningstafel", "6");
        var linkForm = (await _tilburg.GetAsync(page, expectSuccess: true)).QuerySelector("[data-testid=link-answer] select")!;
        Assert.Contains(linkForm.QuerySelectorAll("option"), o => o.GetAttribute("value") == bredaReflection.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await _tilburg.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["Input.ReflectionId"] = bredaReflection.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        var twice = await _tilburg.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["Input.ReflectionId"] = bredaReflection.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        Assert.Contains("Die reflectie is al aan deze vraag gekoppeld.", (await Html.ReadAsync(twice)).SummaryErrors());
        await _tilburg.PostWithTokenAsync($"{page}?handler=Answered", new Dictionary<string, string> { ["Input.Note"] = "Breda deed het zo" });

        var answered = await _breda.GetAsync(page, expectSuccess: true);
        Assert.Equal("Beantwoord", answered.Text("[data-testid=question-state]"));
        Assert.Contains("Eén planningstafel", answered.Text("[data-testid=answers]"), StringComparison.Ordinal);
        Assert.Empty(answered.QuerySelectorAll("[data-testid=link-answer]"));
        Assert.Contains("Hoe maken we één planning", (await _breda.GetAsync($"/reflections/{bredaReflection}", expectSuccess: true)).Text("[data-testid=answers]"), StringComparison.Ordinal);
        Assert.Empty((await _breda.GetAsync("/learning-agenda", expectSuccess: true)).QuerySelectorAll("[data-testid=question]"));

        await _tilburg.PostWithTokenAsync($"{page}?handler=Unlink&reflectionId={bredaReflection}", new Dictionary<string, string>());
        Assert.Equal(QuestionState.Open, await _factory.WithDbAsync(db => db.LearningQuestions.Select(q => q.State).SingleAsync()));
        Assert.Equal(4, await _factory.WithDbAsync(db => db.LearningQuestions.SelectMany(q => q.History).CountAsync()));
    }

    [Theory]
    [InlineData("hidden", "Het laatste antwoord is verborgen door de moderatie; de vraag staat weer open.")]
    [InlineData("reflection deleted", "Het laatste antwoord is verwijderd; de vraag staat weer open.")]
    [InlineData("experiment deleted", "Het laatste antwoord is verwijderd; de vraag staat weer open.")]
    public async Task A_question_whose_last_answer_is_hidden_or_deleted_is_open_again_and_says_why(string how, string why)
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var question = await AskAsync(_tilburg, "Wie betaalt de extra kosten?", barriers: ["2"], themes: []);
        var page = $"/learning-agenda/{question}";
        var secondExperiment = (await Make.Project(_factory.Services).In("GM0758").By(_bredaMember).Titled("Tweede wijk Breda").CreateAsync()).Id;
        var first = await ReflectAsync(_breda, secondExperiment, "Kosten gedeeld met het waterschap", "2");
        var last = await ReflectAsync(_breda, _bredaExperiment, "Kosten gedeeld met de corporatie", "2");
        foreach (var reflection in new[] { first, last })
        {
            await _tilburg.PostWithTokenAsync($"{page}?handler=Link", new Dictionary<string, string> { ["Input.ReflectionId"] = reflection.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        await _tilburg.PostWithTokenAsync($"{page}?handler=Answered", new Dictionary<string, string>());
        Assert.Equal("Beantwoord", (await _breda.GetAsync(page, expectSuccess: true)).Text("[data-testid=question-state]"));

        async Task RemoveAsync(int reflection, int experiment)
        {
            var response = how switch
            {
                "hidden" => await admin.PostWithTokenAsync($"/reflections/{reflection}?handler=Moderate&hide=true", new Dictionary<string, string> { ["Input.Reason"] = "Persoonsgegevens" }),
                "reflection deleted" => await _breda.PostWithTokenAsync($"/experiments/{experiment}/reflection/{reflection}?handler=Delete", new Dictionary<string, string>()),
                _ => await _breda.PostFormAsync($"/experiments/{experiment}/delete", new Dictionary<string, string>()),
            };
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        // Another answer is left: still answered.
        await RemoveAsync(first, secondExperiment);
        var stillAnswered = await _breda.GetAsync(page, expectSuccess: true);
        Assert.Equal("Beantwoord", stillAnswered.Text("[data-testid=question-state]"));
        Assert.Empty(stillAnswered.QuerySelectorAll("[data-testid=last-answer]"));

        // The last one goes: open again, everywhere, with the reason in its history.
        await RemoveAsync(last, _bredaExperiment);
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var reopened = await reader.GetAsync(page, expectSuccess: true);
        Assert.Equal("Open", reopened.Text("[data-testid=question-state]"));
        Assert.Equal(why, reopened.Text("[data-testid=history] li:first-child [data-testid=last-answer]"));
        Assert.Contains("Wie betaalt de extra kosten?", (await reader.GetAsync("/learning-agenda", expectSuccess: true)).Text("[data-testid=question]"), StringComparison.Ordinal);
        Assert.Contains("\"state\":\"open\"", await reader.GetStringAsync(new Uri($"/api/v1/learning-questions/{question}", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal((QuestionState.Open, (DateTime?)null), await _factory.WithDbAsync(db => db.LearningQuestions.Select(q => new ValueTuple<QuestionState, DateTime?>(q.State, q.AnsweredAtUtc)).SingleAsync()));
        var english = await Network.SignedInAsync(_factory, "lezer@example.com", "en");
        Assert.StartsWith("The last answer was", (await english.GetAsync(page, expectSuccess: true)).Text("[data-testid=history] li:first-child [data-testid=last-answer]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_members_of_its_municipality_change_a_question_and_a_drafts_question_is_seen_by_no_one_else()
    {
        var question = await AskAsync(_tilburg, "Wat kost het?", barriers: ["2"], themes: [], experiment: _tilburgExperiment);
        var page = $"/learning-agenda/{question}";
        Assert.Equal(HttpStatusCode.Forbidden, (await _breda.PostWithTokenAsync($"{page}?handler=Reformulate", new Dictionary<string, string> { ["Input.Text"] = "Gekaapt" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _breda.PostWithTokenAsync($"{page}?handler=Delete", new Dictionary<string, string>())).StatusCode);
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(new Uri("/learning-agenda/new", UriKind.Relative))).StatusCode);
        Assert.Equal("Wat kost het?", await _factory.WithDbAsync(db => db.LearningQuestions.Select(q => q.Text).SingleAsync()));

        await _tilburg.PostFormAsync($"/experiments/{_tilburgExperiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });

        Assert.Equal(HttpStatusCode.NotFound, (await _breda.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        Assert.Empty((await _breda.GetAsync("/learning-agenda", expectSuccess: true)).QuerySelectorAll("[data-testid=question]"));
        Assert.Equal(HttpStatusCode.NotFound, (await _breda.GetAsync(new Uri($"/api/v1/learning-questions/{question}", UriKind.Relative))).StatusCode);
        Assert.Equal("[]", await (await _breda.GetAsync(new Uri("/api/v1/learning-questions", UriKind.Relative))).Content.ReadAsStringAsync());
        Assert.DoesNotContain("Wat kost het", await _breda.GetStringAsync(new Uri("/api/v1/learning-agenda", UriKind.Relative)), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _tilburg.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
    }

    [Theory]
    [InlineData("", "6", "renovation", "", "Schrijf de leervraag.")]
    [InlineData("Vraag", "", "", "", "Kies minstens één barrière of thema waar de vraag over gaat.")]
    [InlineData("Vraag", "9", "", "", "Kies barrières uit de lijst van zeven.")]
    [InlineData("Vraag", "", "bestaat-niet", "", "Kies koppelthema's uit de lijst.")]
    [InlineData("Vraag", "6", "", "breda", "Kies een project van je eigen gemeente, of geen.")]
    [InlineData("Vraag", "6", "", "", "Kies wie het project mag zien.")]
    public async Task Bad_questions_are_refused_with_a_message_and_nothing_is_stored(string text, string barrier, string theme, string experiment, string expected)
    {
        var fields = new Dictionary<string, string> { ["Input.Text"] = text, ["Input.Barriers"] = barrier, ["Input.Themes"] = theme };
        if (experiment == "breda")
        {
            fields["Input.ExperimentId"] = _bredaExperiment.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        if (expected.StartsWith("Kies wie", StringComparison.Ordinal))
        {
            fields["Input.Visibility"] = "Geheim";
        }

        var response = await _tilburg.PostFormAsync("/learning-agenda/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await Html.ReadAsync(response)).SummaryErrors(), e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LearningQuestions.CountAsync()));
    }

    [Fact]
    public async Task A_reflection_the_member_cannot_read_cannot_be_linked()
    {
        var question = await AskAsync(_tilburg, "Hoe plannen we samen?", barriers: ["6"], themes: []);
        var hidden = await ReflectAsync(_breda, _bredaExperiment, "Nog geheim", "6");
        await _breda.PostFormAsync($"/experiments/{_bredaExperiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });

        var response = await _tilburg.PostWithTokenAsync($"/learning-agenda/{question}?handler=Link", new Dictionary<string, string> { ["Input.ReflectionId"] = hidden.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.Contains("Die reflectie bestaat niet of je kunt haar niet lezen. Kies er een uit de lijst.", (await Html.ReadAsync(response)).SummaryErrors());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LearningQuestions.SelectMany(q => q.Answers).CountAsync()));
    }

    [Fact]
    public async Task The_api_lists_questions_and_shows_one_with_its_history()
    {
        var question = await AskAsync(_tilburg, "Hoe plannen we samen?", barriers: ["6"], themes: ["underground"]);
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");

        using var list = JsonDocument.Parse(await reader.GetStringAsync(new Uri("/api/v1/learning-questions", UriKind.Relative)));
        Assert.Equal("Hoe plannen we samen?", Assert.Single(list.RootElement.EnumerateArray()).GetProperty("text").GetString());
        using var one = JsonDocument.Parse(await reader.GetStringAsync(new Uri($"/api/v1/learning-questions/{question}", UriKind.Relative)));
        Assert.Equal(1, one.RootElement.GetProperty("history").GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri("/api/v1/learning-questions/999999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task One_open_question_at_one_municipality_is_counted_in_the_singular_in_both_languages()
    {
        await AskAsync(_tilburg, "Hoe krijgen we de corporatie mee?", barriers: ["6"], themes: []);

        Assert.Equal("1 open vraag bij 1 gemeente.", (await _breda.GetAsync("/learning-agenda", expectSuccess: true)).Text("[data-testid=agenda-totals]"));
        var english = await Network.SignedInAsync(_factory, "lezer@example.com", "en");
        Assert.Equal("1 open question in 1 municipality.", (await english.GetAsync("/learning-agenda", expectSuccess: true)).Text("[data-testid=agenda-totals]"));
    }

    private async Task<int> AskAsync(HttpClient client, string text, string[] barriers, string[] themes, int? experiment = null)
    {
        var fields = new Dictionary<string, string> { ["Input.Text"] = text, ["Input.Barriers"] = Html.Many(barriers), ["Input.Themes"] = Html.Many(themes) };
        if (experiment is { } id)
        {
            fields["Input.ExperimentId"] = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var response = await client.PostFormAsync("/learning-agenda/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task<int> ReflectAsync(HttpClient client, int experiment, string title, string barrier)
    {
        var response = await client.PostFormAsync($"/experiments/{experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = title,
            ["Input.Body"] = "Zo deden we het.",
            ["Input.Barriers"] = barrier,
        });
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
