using System.Net;
using System.Text.Json;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Following lessons, barriers, themes, municipalities and experiments, and the home page's "new since your last visit".</summary>
public sealed class FollowTests : IAsyncLifetime
{
    private readonly ClockedPortalFactory _factory = new();
    private HttpClient _author = null!;
    private int _experiment;

    public async Task InitializeAsync()
    {
        var author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur", "GM0855");
        await Network.PersonAsync(_factory, "lid@breda.nl", "Bredaas lid", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Onderzoeker");
        _author = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");
        _experiment = (await Make.Project(_factory.Services).By(author).Titled("Warmtenet Reeshof").CreateAsync()).Id;
    }

    [Fact]
    public async Task The_follow_button_on_each_page_adds_it_to_the_account_page_and_takes_it_off_again()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var pages = new[] { "/lessons/3", "/barriers/6", "/themes/renovation", $"/municipalities/{tilburg}", $"/experiments/{_experiment}" };
        foreach (var page in pages)
        {
            var followed = await reader.PostFormAsync(page, new Dictionary<string, string>(), "/follow");
            Assert.Equal(page, followed.Headers.Location!.OriginalString);
            var after = await reader.GetAsync(page, expectSuccess: true);
            Assert.Equal("true", after.QuerySelector("[data-testid=follow-button]")!.GetAttribute("aria-pressed"));
            Assert.EndsWith(": 1", after.Text("[data-testid=followers]"), StringComparison.Ordinal);
        }

        var account = await reader.GetAsync("/account", expectSuccess: true);
        var listed = account.QuerySelectorAll("[data-testid=my-follow]").Select(li => li.TextContent).ToList();
        Assert.Equal(5, listed.Count);
        Assert.Contains(listed, l => l.Contains("Warmtenet Reeshof", StringComparison.Ordinal));
        Assert.Contains(listed, l => l.Contains("Tilburg", StringComparison.Ordinal));

        await reader.PostFormAsync("/account", new Dictionary<string, string>(), "/follow");
        Assert.Equal(4, (await reader.GetAsync("/account", expectSuccess: true)).QuerySelectorAll("[data-testid=my-follow]").Length);
        Assert.Equal(4, await _factory.WithDbAsync(db => db.Follows.CountAsync()));
    }

    [Fact]
    public async Task Concurrent_clicks_on_follow_never_store_two_rows_nor_fail()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");

        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => reader.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "Barrier", ["key"] = "6", ["returnUrl"] = "/barriers/6" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.InRange(await _factory.WithDbAsync(db => db.Follows.CountAsync()), 0, 1);
    }

    [Theory]
    [InlineData("Barrier", "99")]
    [InlineData("Lesson", "0")]
    [InlineData("Theme", "bestaat-niet")]
    [InlineData("Municipality", "-1")]
    [InlineData("Experiment", "999999")]
    [InlineData("Nonsense", "1")]
    [InlineData("5", "1")]
    [InlineData("Barrier", "06")]
    public async Task Following_what_does_not_exist_is_refused_with_a_message(string kind, string key)
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");

        var response = await reader.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = kind, ["key"] = key, ["returnUrl"] = "/" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty((await Html.ReadAsync(response)).SummaryErrors());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Follows.CountAsync()));
    }

    [Fact]
    public async Task A_draft_of_another_municipality_cannot_be_followed_and_visitors_are_asked_to_sign_in()
    {
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var key = _experiment.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var refused = await outsider.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "Experiment", ["key"] = key });
        Assert.Contains("Dat bestaat niet (meer), dus je kunt het niet volgen.", (await Html.ReadAsync(refused)).SummaryErrors());

        var visitor = _factory.CreatePortalClient();
        Assert.NotNull((await visitor.GetAsync("/barriers/6", expectSuccess: true)).QuerySelector("[data-testid=follow] a[href*='/account/login']"));
        var anonymous = await visitor.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "Barrier", ["key"] = "6" });
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Follows.CountAsync()));
    }

    [Fact]
    public async Task The_home_page_shows_what_is_new_since_the_last_visit_in_what_the_person_follows_and_nothing_else()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        Assert.NotNull((await reader.GetAsync("/", expectSuccess: true)).QuerySelector("[data-testid=follow-hint]"));
        await reader.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "Barrier", ["key"] = "6" });

        _factory.Clock.Advance(TimeSpan.FromHours(1));
        var author = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");
        await ReflectAsync(author, "Over belemmering zes", "6");
        await ReflectAsync(author, "Alleen over belemmering twee", "2");
        _factory.Clock.Advance(TimeSpan.FromHours(2));

        // The first session ended long ago: signing in again starts a new visit.
        reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var home = await reader.GetAsync("/", expectSuccess: true);
        var titles = home.QuerySelectorAll("[data-testid=whats-new] [data-testid=activity-NewReflection] a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Over belemmering zes"], titles);
        Assert.Contains("Alleen over belemmering twee", home.Text("[data-testid=newest]"), StringComparison.Ordinal);

        _factory.Clock.Advance(TimeSpan.FromHours(2));
        reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        Assert.NotNull((await reader.GetAsync("/", expectSuccess: true)).QuerySelector("[data-testid=nothing-new]"));
    }

    [Fact]
    public async Task Whats_new_and_the_newest_list_leave_out_drafts_of_other_municipalities_and_hidden_reflections()
    {
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        await outsider.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "Barrier", ["key"] = "6" });
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });
        await ReflectAsync(_author, "Geheim concept", "6");

        var home = await outsider.GetAsync("/", expectSuccess: true);
        Assert.DoesNotContain("Geheim concept", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Warmtenet Reeshof", home.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Geheim concept", (await _author.GetAsync("/", expectSuccess: true)).Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reflections_api_lists_only_what_the_caller_may_read_and_refuses_bad_filters()
    {
        var id = await ReflectAsync(_author, "Eén planning", "6");
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Public" });
        var visitor = _factory.CreatePortalClient();

        using (var list = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/v1/reflections?barrier=6", UriKind.Relative))))
        {
            Assert.Equal(1, list.RootElement.GetProperty("total").GetInt32());
            Assert.Equal("Eén planning", list.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
        }

        using (var none = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/v1/reflections?barrier=2", UriKind.Relative))))
        {
            Assert.Equal(0, none.RootElement.GetProperty("total").GetInt32());
        }

        var bad = await visitor.GetAsync(new Uri("/api/v1/reflections?lesson=99", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType!.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, (await visitor.GetAsync(new Uri("/api/v1/reflections?page=abc", UriKind.Relative))).StatusCode);

        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Network" });
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/api/v1/reflections/{id}", UriKind.Relative))).StatusCode);
        using var hidden = JsonDocument.Parse(await visitor.GetStringAsync(new Uri("/api/v1/reflections", UriKind.Relative)));
        Assert.Equal(0, hidden.RootElement.GetProperty("total").GetInt32());
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(new Uri($"/api/v1/reflections/{id}", UriKind.Relative))).StatusCode);
    }

    private async Task<int> ReflectAsync(HttpClient client, string title, string barrier)
    {
        var response = await client.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = title,
            ["Input.Body"] = "Zo deden we het.",
            ["Input.Barriers"] = barrier,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return int.Parse(response.Headers.Location!.OriginalString.Split('/').Last(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
