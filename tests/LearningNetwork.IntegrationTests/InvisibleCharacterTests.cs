using System.Globalization;
using System.Net;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Invisible control characters and bidirectional overrides are refused in every text field, by one rule: the
/// project form, a reflection, a comment, a learning question and the profile each say which character and
/// where, in the page language, and store nothing. Ordinary text (line breaks, tabs, emoji, Arabic, a
/// left-to-right mark) is stored as typed.
/// </summary>
public sealed class InvisibleCharacterTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();
    private HttpClient _member = null!;
    private int _experiment;

    public async Task InitializeAsync()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", "GM0855");
        _member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var created = await _member.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Warmtenet Reeshof",
            ["Input.Summary"] = "Samen met het riool.",
            ["Input.Themes"] = "underground",
        });
        _experiment = int.Parse(created.Headers.Location!.OriginalString.Split('/').Last(), CultureInfo.InvariantCulture);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("nl", "Deze tekst bevat een onzichtbaar stuurteken (U+202E).")]
    [InlineData("en", "This text contains an invisible control character (U+202E).")]
    public async Task The_project_form_refuses_them_in_title_summary_place_and_note_and_stores_nothing(string language, string message)
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl", language);

        var response = await member.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Audit \u202Egnp.exe",
            ["Input.Summary"] = "Samen met het riool\u001b[31m.",
            ["Input.Place"] = "Tilburg\u0007",
            ["Input.Themes"] = "underground",
            ["Input.Barriers[5].State"] = "StillBlocking",
            ["Input.Barriers[5].Note"] = "Niemand \u2066wist\u2069 het.",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.StartsWith(message, page.Text("#Input_Title-error"), StringComparison.Ordinal);
        Assert.Contains("(U+001B)", page.Text("#Input_Summary-error"), StringComparison.Ordinal);
        Assert.Contains("(U+0007)", page.Text("#Input_Place-error"), StringComparison.Ordinal);
        Assert.Contains("(U+2066)", page.Text("#Input_Barriers_5__Note-error"), StringComparison.Ordinal);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Experiments.CountAsync()));
    }

    [Fact]
    public async Task Reflections_comments_questions_and_the_profile_refuse_them_too()
    {
        var reflectionPage = $"/experiments/{_experiment}/reflection";
        var reflection = await _member.PostFormAsync(reflectionPage, new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Zie bijlage \u202Efdp.exe",
            ["Input.Lessons"] = "2",
        });
        Assert.Contains("(U+202E)", (await Html.ReadAsync(reflection)).Text("#Input_Body-error"), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Reflections.CountAsync()));

        var saved = await _member.PostFormAsync(reflectionPage, new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Samen plannen werkte.",
            ["Input.Lessons"] = "2",
        });
        var details = saved.Headers.Location!.OriginalString;
        var comment = await _member.PostFormAsync(details, new Dictionary<string, string> { ["Input.Body"] = "Bel\u0007 ons" }, $"{details}?handler=Comment");
        Assert.Contains("(U+0007)", (await Html.ReadAsync(comment)).Text("#new-comment-error"), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Comments.CountAsync()));

        var question = await _member.PostFormAsync("/learning-agenda/new", new Dictionary<string, string>
        {
            ["Input.Text"] = "Wat kost \u2067het\u2069?",
            ["Input.Visibility"] = "Everyone",
        });
        Assert.Contains("(U+2067)", (await Html.ReadAsync(question)).Text("#Input_Text-error"), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.LearningQuestions.CountAsync()));

        var profile = await _member.PostFormAsync("/account", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Lid Tilburg",
            ["Input.JobTitle"] = "Adviseur\u0085warmte",
            ["Input.PreferredLanguage"] = "nl",
        }, "/account?handler=Profile");
        Assert.Contains("(U+0085)", (await Html.ReadAsync(profile)).Text("#Input_JobTitle-error"), StringComparison.Ordinal);
        Assert.Null(await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "lid@tilburg.nl").Select(u => u.JobTitle).SingleAsync()));
    }

    [Fact]
    public async Task Line_breaks_tabs_emoji_other_scripts_and_a_direction_mark_are_stored_as_typed()
    {
        const string Body = "Eerste regel.\r\n\tTweede, met 👩‍🌾🚲 en عربي \u200Ekort.";
        var saved = await _member.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning 🚲",
            ["Input.Body"] = Body,
            ["Input.Lessons"] = "2",
        });

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(Body, await _factory.WithDbAsync(db => db.Reflections.Select(r => r.BodyMarkdown).SingleAsync()));
    }
}
