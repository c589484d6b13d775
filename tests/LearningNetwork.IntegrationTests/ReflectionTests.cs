using System.Net;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Reflections: written by members, stored as sanitised HTML, recognised by readers, edited by authors, deleted by author or coordinator.</summary>
public sealed class ReflectionTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private HttpClient _author = null!;
    private int _experiment;

    public async Task InitializeAsync()
    {
        var author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur", "GM0855");
        await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Coördinator", "GM0855", MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "lid@breda.nl", "Breda", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Lezer");
        _author = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");
        _experiment = (await Make.Project(_factory.Services).By(author).Titled("Warmtenet Reeshof").CreateAsync()).Id;
    }

    [Fact]
    public async Task A_member_writes_a_reflection_that_is_stored_sanitised_and_shown_on_the_experiment()
    {
        var page = $"/experiments/{_experiment}/reflection";
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "**Samen plannen** werkte.\n\n<script>alert(1)</script>\n\n[meer](javascript:alert(1))",
            ["Input.Lessons"] = "2",
            ["Input.Barriers"] = "4",
        };

        var preview = await _author.PostFormAsync(page, fields, $"{page}?handler=Preview");
        Assert.Contains("<strong>Samen plannen</strong>", (await Html.ReadAsync(preview)).QuerySelector("[data-testid=preview]")!.InnerHtml, StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Reflections.CountAsync()));

        var saved = await _author.PostFormAsync(page, fields);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.Reflections.Include(r => r.Lessons).Include(r => r.Barriers).SingleAsync());
        Assert.Contains("<strong>Samen plannen</strong>", stored.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", stored.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"javascript", stored.BodyHtml, StringComparison.Ordinal);
        Assert.Equal([2], stored.Lessons.Select(l => l.LessonNumber));
        Assert.Equal([4], stored.Barriers.Select(b => b.BarrierNumber));

        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var shown = await reader.GetAsync($"/experiments/{_experiment}", expectSuccess: true);
        var article = shown.QuerySelector("[data-testid=reflection]")!;
        Assert.Contains("Eén planning", article.TextContent, StringComparison.Ordinal);
        Assert.NotNull(article.QuerySelector("strong"));
        Assert.Null(article.QuerySelector("script"));
    }

    [Fact]
    public async Task Saving_from_the_preview_stores_the_reflection()
    {
        var page = $"/experiments/{_experiment}/reflection";
        var fields = new Dictionary<string, string>
        {
            ["Input.Kind"] = "EyeOpener",
            ["Input.Title"] = "Na het voorbeeld",
            ["Input.Body"] = "Eerst *bekeken*, dan opgeslagen.",
            ["Input.Lessons"] = "3",
        };
        var previewUrl = $"{page}?handler=Preview";
        var preview = await Html.ReadAsync(await _author.PostFormAsync(page, fields, previewUrl));
        Assert.NotNull(preview.QuerySelector("[data-testid=preview]"));

        // "Opslaan" on the page the preview showed, at the address the preview was posted to.
        var saved = await _author.SubmitAsync(preview, previewUrl, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await _factory.WithDbAsync(db => db.Reflections.SingleAsync(r => r.Title == "Na het voorbeeld"));
        Assert.Contains("<em>bekeken</em>", stored.BodyHtml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "Eén planning", "2", "Schrijf wat je leerde.")]
    [InlineData("Tekst", "", "2", "Geef je reflectie een titel.")]
    [InlineData("Tekst", "Titel", "", "Kies minstens één les of barrière")]
    [InlineData("Tekst", "Titel", "12", "Kies lessen uit de lijst van elf.")]
    [InlineData("200000", "Titel", "2", "Een reflectie is hoogstens 20.000 tekens lang.")]
    public async Task Bad_input_is_refused_and_nothing_stored(string body, string title, string lesson, string expected)
    {
        var page = $"/experiments/{_experiment}/reflection";
        var response = await _author.PostFormAsync(page, new Dictionary<string, string>
        {
            ["Input.Kind"] = "EyeOpener",
            ["Input.Title"] = title,
            ["Input.Body"] = body == "200000" ? new string('x', 200_000) : body,
            ["Input.Lessons"] = lesson,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await Html.ReadAsync(response)).SummaryErrors(), e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Reflections.CountAsync()));
    }

    [Fact]
    public async Task Readers_mark_it_recognisable_once_and_only_authors_edit_and_authors_or_coordinators_delete()
    {
        var id = await WriteAsync();
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var url = $"/reflections/{id}";

        await reader.PostWithTokenAsync($"{url}?handler=Recognise", new Dictionary<string, string>());
        Assert.Equal("(1)", (await reader.GetAsync(url, expectSuccess: true)).Text("[data-testid=recognitions]"));
        Assert.Equal("true", (await reader.GetAsync(url, expectSuccess: true)).QuerySelector("[data-testid=recognise]")!.GetAttribute("aria-pressed"));
        await reader.PostWithTokenAsync($"{url}?handler=Recognise", new Dictionary<string, string>());
        Assert.Equal("(0)", (await reader.GetAsync(url, expectSuccess: true)).Text("[data-testid=recognitions]"));

        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.GetAsync(new Uri($"/experiments/{_experiment}/reflection", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostWithTokenAsync($"/experiments/{_experiment}/reflection/{id}", new Dictionary<string, string> { ["Input.Kind"] = "WhatWorked", ["Input.Title"] = "Gekaapt", ["Input.Body"] = "x", ["Input.Lessons"] = "1" })).StatusCode);
        var coordinator = await Network.SignedInAsync(_factory, "coordinator@tilburg.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await coordinator.PostWithTokenAsync($"/experiments/{_experiment}/reflection/{id}", new Dictionary<string, string> { ["Input.Kind"] = "WhatWorked", ["Input.Title"] = "Gekaapt", ["Input.Body"] = "x", ["Input.Lessons"] = "1" })).StatusCode);
        Assert.Equal("Eén planning", await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Title).SingleAsync()));

        var edited = await _author.PostFormAsync($"/experiments/{_experiment}/reflection/{id}", new Dictionary<string, string> { ["Input.Title"] = "Eén gezamenlijke planning" });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.Equal("Eén gezamenlijke planning", await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Title).SingleAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostWithTokenAsync($"/experiments/{_experiment}/reflection/{id}?handler=Delete", new Dictionary<string, string>())).StatusCode);
        await coordinator.PostWithTokenAsync($"/experiments/{_experiment}/reflection/{id}?handler=Delete", new Dictionary<string, string>());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Reflections.CountAsync()));
    }

    [Fact]
    public async Task Visitors_see_no_names_and_an_author_who_left_the_municipality_no_longer_edits()
    {
        var id = await WriteAsync();
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Public" });
        var visitor = _factory.CreatePortalClient();

        var page = await visitor.GetAsync($"/experiments/{_experiment}", expectSuccess: true);
        Assert.DoesNotContain("Auteur", page.Text("main"), StringComparison.Ordinal);
        var api = await visitor.GetStringAsync(new Uri($"/api/v1/experiments/{_experiment}", UriKind.Relative));
        Assert.DoesNotContain("Auteur", api, StringComparison.Ordinal);
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        Assert.Contains("Auteur", (await reader.GetAsync($"/experiments/{_experiment}", expectSuccess: true)).Text("main"), StringComparison.Ordinal);

        await _author.PostFormAsync("/account", new Dictionary<string, string>(), "/account?handler=Leave");
        var edit = await _author.PostWithTokenAsync($"/experiments/{_experiment}/reflection/{id}", new Dictionary<string, string> { ["Input.Kind"] = "WhatWorked", ["Input.Title"] = "Na vertrek", ["Input.Body"] = "x", ["Input.Lessons"] = "1" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
        Assert.Equal("Eén planning", await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_reflection_on_a_draft_is_invisible_outside_the_municipality()
    {
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });
        var id = await WriteAsync();
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");

        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostWithTokenAsync($"/reflections/{id}?handler=Recognise", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/reflections/{id}", UriKind.Relative))).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Recognitions.CountAsync()));
    }

    [Fact]
    public async Task Lesson_and_barrier_pages_show_the_most_recognised_reflections_first_and_never_a_drafts()
    {
        var page = $"/experiments/{_experiment}/reflection";
        foreach (var title in new[] { "Minder herkend", "Meest herkend" })
        {
            await _author.PostFormAsync(page, new Dictionary<string, string>
            {
                ["Input.Kind"] = "TipForOthers",
                ["Input.Title"] = title,
                ["Input.Body"] = "Tip.",
                ["Input.Lessons"] = "6",
                ["Input.Barriers"] = "7",
            });
        }

        var most = await _factory.WithDbAsync(db => db.Reflections.Where(r => r.Title == "Meest herkend").Select(r => r.Id).SingleAsync());
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        await reader.PostWithTokenAsync($"/reflections/{most}?handler=Recognise", new Dictionary<string, string>());
        await outsider.PostWithTokenAsync($"/reflections/{most}?handler=Recognise", new Dictionary<string, string>());

        foreach (var url in new[] { "/lessons/6", "/barriers/7" })
        {
            var titles = (await reader.GetAsync(url, expectSuccess: true)).QuerySelectorAll("[data-testid=tagged-reflection] h3").Select(h => h.TextContent.Trim()).ToList();
            Assert.Equal(["Meest herkend", "Minder herkend"], titles);
        }

        Assert.Empty((await _factory.CreatePortalClient().GetAsync("/lessons/6", expectSuccess: true)).QuerySelectorAll("[data-testid=tagged-reflection]"));
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });
        Assert.Empty((await reader.GetAsync("/barriers/7", expectSuccess: true)).QuerySelectorAll("[data-testid=tagged-reflection]"));
        Assert.Equal(2, (await _author.GetAsync("/barriers/7", expectSuccess: true)).QuerySelectorAll("[data-testid=tagged-reflection]").Length);
    }

    [Fact]
    public async Task Network_admins_hide_a_reflection_with_a_reason_and_it_is_audited()
    {
        var id = await WriteAsync();
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var url = $"/experiments/{_experiment}";
        var reflection = $"/reflections/{id}";

        Assert.Equal(HttpStatusCode.Forbidden, (await _author.PostWithTokenAsync($"{reflection}?handler=Moderate&hide=true", new Dictionary<string, string> { ["Input.Reason"] = "Eigen werk verbergen" })).StatusCode);
        var noReason = await admin.PostWithTokenAsync($"{reflection}?handler=Moderate&hide=true", new Dictionary<string, string>());
        Assert.Contains("Geef een reden voor het verbergen; die komt in het logboek.", (await Html.ReadAsync(noReason)).SummaryErrors());

        await admin.PostWithTokenAsync($"{reflection}?handler=Moderate&hide=true", new Dictionary<string, string> { ["Input.Reason"] = "Persoonsgegevens van een bewoner" });

        Assert.Empty((await reader.GetAsync(url, expectSuccess: true)).QuerySelectorAll("[data-testid=reflection]"));
        Assert.Empty((await reader.GetAsync("/lessons/2", expectSuccess: true)).QuerySelectorAll("[data-testid=tagged-reflection]"));
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostWithTokenAsync($"{reflection}?handler=Recognise", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri(reflection, UriKind.Relative))).StatusCode);
        Assert.Contains("Persoonsgegevens van een bewoner", (await admin.GetAsync(url, expectSuccess: true)).Text("[data-testid=hidden]"), StringComparison.Ordinal);
        Assert.Contains("Persoonsgegevens van een bewoner", (await admin.GetAsync(reflection, expectSuccess: true)).Text("[data-testid=hidden]"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri($"/api/v1/reflections/{id}", UriKind.Relative))).StatusCode);
        Assert.Contains("\"total\":0", await reader.GetStringAsync(new Uri("/api/v1/reflections", UriKind.Relative)), StringComparison.Ordinal);
        Assert.DoesNotContain("Eén planning", (await reader.GetAsync("/", expectSuccess: true)).Body!.TextContent, StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Domain.Audit.AuditAction.ReflectionHidden)));

        await admin.PostWithTokenAsync($"{reflection}?handler=Moderate&hide=false", new Dictionary<string, string>());
        Assert.Single((await reader.GetAsync(url, expectSuccess: true)).QuerySelectorAll("[data-testid=reflection]"));
    }

    [Fact]
    public async Task A_reflection_can_be_tied_to_a_moment_in_its_own_experiments_timeline_only()
    {
        var page = $"/experiments/{_experiment}/reflection";
        var form = await _author.GetAsync(page, expectSuccess: true);
        var moment = form.QuerySelectorAll("#Input_TimelineEntryId option").Select(o => o.GetAttribute("value")).Single(v => !string.IsNullOrEmpty(v))!;
        var author = await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == _experiment).Select(e => e.CreatedByUserId).SingleAsync());
        var otherId = (await Make.Project(_factory.Services).By(author).Titled("Ander project").Summary("Iets anders.").Themes("renovation").CreateAsync()).Id;
        var foreign = await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == otherId).SelectMany(e => e.Timeline).Select(t => t.Id).SingleAsync());
        var fields = new Dictionary<string, string> { ["Input.Kind"] = "WhatDidNotWork", ["Input.Title"] = "Vertraging", ["Input.Body"] = "De aannemer haakte af.", ["Input.Barriers"] = "3" };

        fields["Input.TimelineEntryId"] = foreign.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var refused = await _author.PostFormAsync(page, fields);
        Assert.Contains("Kies een moment uit de tijdlijn van dit project.", (await Html.ReadAsync(refused)).SummaryErrors());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Reflections.CountAsync()));

        fields["Input.TimelineEntryId"] = moment;
        var saved = await _author.PostFormAsync(page, fields);
        var shown = await _author.GetAsync(saved.Headers.Location!.OriginalString, expectSuccess: true);
        Assert.Contains("Statuswijziging", shown.Text("[data-testid=timeline-entry]"), StringComparison.Ordinal);
        var id = await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Id).SingleAsync());
        Assert.Equal(moment, (await _author.GetAsync($"{page}/{id}", expectSuccess: true)).QuerySelector("#Input_TimelineEntryId option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Concurrent_marks_by_one_person_never_count_twice_and_the_database_refuses_a_second_mark()
    {
        var id = await WriteAsync();
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reader.PostWithTokenAsync($"/reflections/{id}?handler=Recognise", new Dictionary<string, string>())));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.InRange(await _factory.WithDbAsync(db => db.Recognitions.CountAsync()), 0, 1);
        var userId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "lezer@example.com").Select(u => u.Id).SingleAsync());
        await _factory.WithDbAsync(async db =>
        {
            await db.Recognitions.Where(r => r.UserId == userId).ExecuteDeleteAsync();
            db.Recognitions.Add(new Domain.Reflections.Recognition(id, userId, DateTime.UtcNow));
            return await db.SaveChangesAsync();
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => _factory.WithDbAsync(db =>
        {
            db.Recognitions.Add(new Domain.Reflections.Recognition(id, userId, DateTime.UtcNow));
            return db.SaveChangesAsync();
        }));
    }

    private async Task<int> WriteAsync()
    {
        await _author.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Samen plannen werkte.",
            ["Input.Lessons"] = "2",
        });
        return await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Id).SingleAsync());
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
