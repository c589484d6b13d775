using System.Globalization;
using System.Net;
using LearningNetwork.Domain.Common;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// A post to something that is not yours is refused before its input is read (issue 16, item 11): with every field
/// empty or wrong, an outsider gets 403 (or 404 where they cannot read it), never the form back with validation
/// messages, and nothing changes.
/// </summary>
public sealed class PermissionBeforeValidationTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private readonly Dictionary<string, HttpClient> _clients = [];
    private int _tilburg;
    private int _experiment;
    private int _draft;
    private int _reflection;
    private int _draftReflection;
    private int _comment;
    private int _draftComment;
    private int _question;
    private int _request;

    public async Task InitializeAsync()
    {
        var authorId = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur", "GM0855");
        await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Coördinator", "GM0855", Domain.Membership.MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "lid@breda.nl", "Breda", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Lezer");
        await Network.PersonAsync(_factory, "nieuw@example.com", "Aanvrager");
        foreach (var email in new[] { "auteur@tilburg.nl", "coordinator@tilburg.nl", "lid@breda.nl", "lezer@example.com", "nieuw@example.com" })
        {
            _clients[email] = await Network.SignedInAsync(_factory, email);
        }

        _tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var author = _clients["auteur@tilburg.nl"];
        _experiment = (await Make.Project(_factory.Services).By(authorId).Titled("Warmtenet Reeshof").CreateAsync()).Id;
        _draft = (await Make.Project(_factory.Services).By(authorId).Titled("Concept").Summary("Nog niet gedeeld.").Visible(Visibility.Draft).CreateAsync()).Id;
        _reflection = await ReflectAsync(author, _experiment);
        _draftReflection = await ReflectAsync(author, _draft);
        _comment = await CommentAsync(author, _reflection);
        _draftComment = await CommentAsync(author, _draftReflection);
        _question = Id(await author.PostFormAsync("/learning-agenda/new", new Dictionary<string, string> { ["Input.Text"] = "Hoe plannen we samen?", ["Input.Barriers"] = "6" }));
        await _clients["nieuw@example.com"].PostWithTokenAsync($"/municipalities/{_tilburg}?handler=Join", new Dictionary<string, string> { ["Input.Motivation"] = "Nieuw in het team." });
        _request = await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Id).SingleAsync());
        Assert.Equal(Visibility.Draft, await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == _draft).Select(e => e.Visibility).SingleAsync()));
    }

    [Fact]
    public async Task Invalid_posts_to_what_is_not_yours_are_refused_before_validation_and_change_nothing()
    {
        var empty = new Dictionary<string, string>();
        var emptyReflection = new Dictionary<string, string> { ["Input.Kind"] = "WhatWorked", ["Input.Title"] = string.Empty, ["Input.Body"] = string.Empty };
        var cases = new (string Who, string Url, Dictionary<string, string> Fields, HttpStatusCode Expected)[]
        {
            ("lid@breda.nl", $"/experiments/{_experiment}/reflection/{_reflection}", emptyReflection, HttpStatusCode.Forbidden),
            ("coordinator@tilburg.nl", $"/experiments/{_experiment}/reflection/{_reflection}", emptyReflection, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/experiments/{_experiment}/reflection/{_reflection}?handler=Preview", emptyReflection, HttpStatusCode.Forbidden),
            ("lezer@example.com", $"/experiments/{_experiment}/reflection", emptyReflection, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/experiments/{_draft}/reflection/{_draftReflection}", emptyReflection, HttpStatusCode.NotFound),
            ("lid@breda.nl", $"/reflections/{_reflection}?handler=EditComment&commentId={_comment}", new() { ["Input.Body"] = string.Empty }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/reflections/{_draftReflection}?handler=Comment", new() { ["Input.Body"] = string.Empty }, HttpStatusCode.NotFound),
            ("lid@breda.nl", $"/reflections/{_reflection}?handler=Report&commentId={_draftComment}", new() { ["Input.Reason"] = string.Empty }, HttpStatusCode.NotFound),
            ("auteur@tilburg.nl", $"/reflections/{_reflection}?handler=Moderate&hide=true", empty, HttpStatusCode.Forbidden),
            ("auteur@tilburg.nl", $"/reflections/{_reflection}?handler=ModerateComment&commentId={_comment}&hide=true", empty, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/experiments/{_experiment}?handler=Timeline", new() { ["Input.Kind"] = "Milestone", ["Input.Note"] = string.Empty, ["Input.Version"] = "1" }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/experiments/{_experiment}?handler=Status", new() { ["Input.Status"] = "Stalled", ["Input.Note"] = string.Empty, ["Input.Version"] = "1" }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/experiments/{_experiment}/edit", new() { ["Input.Title"] = string.Empty, ["Input.Version"] = "1" }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/learning-agenda/{_question}?handler=Reformulate", new() { ["Input.Text"] = string.Empty }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/learning-agenda/{_question}?handler=Answered", new() { ["Input.Note"] = new string('x', 5_000) }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/learning-agenda/{_question}/edit", new() { ["Input.Text"] = string.Empty }, HttpStatusCode.Forbidden),
            ("lid@breda.nl", $"/municipalities/{_tilburg}/members?handler=Decide&requestId={_request}&approve=false", empty, HttpStatusCode.Forbidden),
        };
        var before = await SnapshotAsync();

        var wrong = new List<string>();
        foreach (var (who, url, fields, expected) in cases)
        {
            var response = await _clients[who].PostWithTokenAsync(url, fields);
            if (response.StatusCode != expected)
            {
                wrong.Add($"{who} POST {url}: {(int)response.StatusCode}, expected {(int)expected}");
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await SnapshotAsync());
    }

    private Task<string> SnapshotAsync() => _factory.WithDbAsync(async db => string.Join(
        " | ",
        string.Join(",", await db.Reflections.OrderBy(r => r.Id).Select(r => r.Title + (r.HiddenAtUtc == null ? string.Empty : " (hidden)")).ToListAsync()),
        string.Join(",", await db.Comments.OrderBy(c => c.Id).Select(c => c.BodyMarkdown + (c.HiddenAtUtc == null ? string.Empty : " (hidden)")).ToListAsync()),
        string.Join(",", await db.Experiments.OrderBy(e => e.Id).Select(e => e.Title + " v" + e.Version).ToListAsync()),
        string.Join(",", await db.LearningQuestions.OrderBy(q => q.Id).Select(q => q.Text + " " + q.State).ToListAsync()),
        string.Join(",", await db.MembershipRequests.Select(r => r.DecidedAtUtc == null ? "pending" : "decided").ToListAsync()),
        (await db.Reports.CountAsync()).ToString(CultureInfo.InvariantCulture)));

    private static async Task<int> ReflectAsync(HttpClient author, int experiment) =>
        Id(await author.PostFormAsync($"/experiments/{experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Samen plannen werkte.",
            ["Input.Lessons"] = "2",
        }));

    private async Task<int> CommentAsync(HttpClient author, int reflection)
    {
        await author.PostFormAsync($"/reflections/{reflection}", new Dictionary<string, string> { ["Input.Body"] = "Mijn eigen aanvulling." }, $"/reflections/{reflection}?handler=Comment");
        return await _factory.WithDbAsync(db => db.Comments.Where(c => c.ReflectionId == reflection).Select(c => c.Id).SingleAsync());
    }

    private static int Id(HttpResponseMessage created)
    {
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        return int.Parse(created.Headers.Location!.OriginalString.Split('/', '?', '#')[2], CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
