using System.Net;
using AngleSharp.Dom;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// A visitor's project page is kept (its data in the read cache, its rendered content by the cache tag helper), yet
/// shows every change at once, whoever made it and however; the signed in never get the visitors' copy.
/// </summary>
public sealed class ProjectPageCacheTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private HttpClient _author = null!;
    private HttpClient _reader = null!;
    private HttpClient _visitor = null!;
    private int _experiment;
    private string _page = null!;

    public async Task InitializeAsync()
    {
        var author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur Tilburg", "GM0855");
        await Network.PersonAsync(_factory, "lezer@example.com", "Onderzoeker");
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        _author = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");
        _reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        _visitor = _factory.CreatePortalClient("nl");
        _experiment = (await Make.Project(_factory.Services).By(author).Titled("Warmtenet Reeshof").Visible(Domain.Common.Visibility.Public).CreateAsync()).Id;
        _page = $"/experiments/{_experiment}";
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_visitors_kept_page_shows_reflections_comments_recognitions_follows_questions_and_moderation_at_once()
    {
        var first = await VisitAsync();
        Assert.Empty(first.QuerySelectorAll("[data-testid=reflection]"));
        Assert.Equal("volgers: 0", first.Text("[data-testid=followers]"));

        await _author.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Samen plannen werkte.",
            ["Input.Barriers"] = "6",
        });
        var reflection = await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Id).SingleAsync());
        Assert.Equal("Eén planning", (await VisitAsync()).Text("[data-testid=reflection] h3"));

        var discussion = $"/reflections/{reflection}";
        await _reader.PostFormAsync(discussion, new Dictionary<string, string> { ["Input.Body"] = "Bij ons ook." }, $"{discussion}?handler=Comment");
        Assert.Contains("Reacties (1)", (await VisitAsync()).Text("[data-testid=reflection-counts]"), StringComparison.Ordinal);

        await _reader.PostFormAsync(discussion, new Dictionary<string, string>(), $"{discussion}?handler=Recognise");
        Assert.Equal("1 keer herkenbaar", (await VisitAsync()).Text("[data-testid=recognitions]"));
        await _reader.PostFormAsync(discussion, new Dictionary<string, string>(), $"{discussion}?handler=Recognise");
        Assert.Equal("0 keer herkenbaar", (await VisitAsync()).Text("[data-testid=recognitions]"));

        await _reader.PostFormAsync(_page, new Dictionary<string, string>(), "/follow");
        Assert.Equal("volgers: 1", (await VisitAsync()).Text("[data-testid=followers]"));
        await _reader.PostFormAsync(_page, new Dictionary<string, string>(), "/follow");
        Assert.Equal("volgers: 0", (await VisitAsync()).Text("[data-testid=followers]"));

        var asked = await _author.PostFormAsync("/learning-agenda/new", new Dictionary<string, string>
        {
            ["Input.Text"] = "Wie betaalt de extra sleuf?",
            ["Input.ExperimentId"] = _experiment.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Barriers"] = "2",
            ["Input.Visibility"] = "Public",
        });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Contains("Wie betaalt de extra sleuf?", (await VisitAsync()).Text("[data-testid=questions]"), StringComparison.Ordinal);

        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        await admin.PostWithTokenAsync($"/admin/reports?handler=Hide&target=Reflection&targetId={reflection}", new Dictionary<string, string> { ["Input.Reason"] = "Persoonsgegevens" });
        Assert.Empty((await VisitAsync()).QuerySelectorAll("[data-testid=reflection]"));

        await _author.PostFormAsync($"{_page}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });
        Assert.Equal(HttpStatusCode.NotFound, (await _visitor.GetAsync(new Uri(_page, UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task The_signed_in_never_get_the_visitors_copy_and_visitors_get_their_own_language()
    {
        await _author.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Samen plannen werkte.",
            ["Input.Barriers"] = "6",
        });
        var visitor = await VisitAsync();
        Assert.DoesNotContain("Auteur Tilburg", visitor.Text("[data-testid=reflection]"), StringComparison.Ordinal);
        Assert.Null(visitor.QuerySelector("[data-testid=edit-link]"));

        var author = await _author.GetAsync(_page, expectSuccess: true);
        Assert.NotNull(author.QuerySelector("[data-testid=edit-link]"));
        Assert.NotNull(author.QuerySelector("[data-testid=new-reflection]"));
        Assert.NotNull(author.QuerySelector("form[action*='handler=Status']"));
        Assert.Contains("Auteur Tilburg", author.Text("[data-testid=reflection]"), StringComparison.Ordinal);
        var reader = await _reader.GetAsync(_page, expectSuccess: true);
        Assert.Contains("Auteur Tilburg", reader.Text("[data-testid=reflection]"), StringComparison.Ordinal);
        Assert.Null(reader.QuerySelector("[data-testid=edit-link]"));

        Assert.Null((await VisitAsync()).QuerySelector("[data-testid=edit-link]"));
        var english = await _factory.CreatePortalClient("en").GetAsync(_page, expectSuccess: true);
        Assert.Equal("What we learned", english.Text("#reflections-title"));
        Assert.Equal("Wat we leerden", (await VisitAsync()).Text("#reflections-title"));
    }

    [Fact]
    public async Task A_deleted_account_leaves_the_visitors_follower_count_at_once()
    {
        await _reader.PostFormAsync(_page, new Dictionary<string, string>(), "/follow");
        Assert.Equal("volgers: 1", (await VisitAsync()).Text("[data-testid=followers]"));

        var deleted = await _reader.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = Network.Password });
        Assert.Equal("/account/deleted", deleted.Headers.Location!.OriginalString);

        Assert.Equal("volgers: 0", (await VisitAsync()).Text("[data-testid=followers]"));
    }

    private Task<IDocument> VisitAsync() => _visitor.GetAsync(_page, expectSuccess: true);
}
