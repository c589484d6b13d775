using System.Net;
using AngleSharp.Dom;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Comments on reflections (any signed-in reader, sanitised, own edits) and reports to the moderators' queue.</summary>
public sealed class CommentAndReportTests : IAsyncLifetime
{
    /// <summary>The XSS corpus of issue 5, in one body: every line must come out harmless.</summary>
    private const string HostileMarkdown = """
        <script>alert(1)</script>

        <img src=x onerror=alert(1)>

        [a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](&#106;avascript:alert(1)) [d](javascript&colon;alert(1)) [e](%6A%61vascript:alert(1))

        [f](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) [g](vbscript:msgbox(1))

        <svg/onload=alert(1)><svg><script>alert(1)</script></svg>

        [referentie][kwaad]

        [kwaad]: javascript:alert(1)

        <div>
        <script>alert(1)</script>
        <a href="javascript:alert(1)" onclick="alert(1)">x</a>
        </div>

        <details open ontoggle=alert(1)>

        # Kop

        - **vet** en *schuin*
        - [gewone link](https://example.nl/pad)
        """;

    private readonly PortalFactory _factory = new();
    private HttpClient _author = null!;
    private int _experiment;
    private int _reflection;

    public async Task InitializeAsync()
    {
        var author = await Network.PersonAsync(_factory, "auteur@tilburg.nl", "Auteur", "GM0855");
        await Network.PersonAsync(_factory, "lid@breda.nl", "Bredaas lid", "GM0758");
        await Network.PersonAsync(_factory, "lezer@example.com", "Onderzoeker");
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        _author = await Network.SignedInAsync(_factory, "auteur@tilburg.nl");
        _experiment = (await Make.Project(_factory.Services).By(author).Titled("Warmtenet Reeshof").CreateAsync()).Id;
        await _author.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "WhatWorked",
            ["Input.Title"] = "Eén planning",
            ["Input.Body"] = "Samen plannen werkte.",
            ["Input.Barriers"] = "6",
        });
        _reflection = await _factory.WithDbAsync(db => db.Reflections.Select(r => r.Id).SingleAsync());
    }

    [Fact]
    public async Task The_xss_corpus_leaves_nothing_harmful_in_reflections_or_comments_and_ordinary_markdown_renders()
    {
        var saved = await _author.PostFormAsync($"/experiments/{_experiment}/reflection", new Dictionary<string, string>
        {
            ["Input.Kind"] = "TipForOthers",
            ["Input.Title"] = "Vijandig",
            ["Input.Body"] = HostileMarkdown,
            ["Input.Lessons"] = "1",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var hostile = await _factory.WithDbAsync(db => db.Reflections.Where(r => r.Title == "Vijandig").Select(r => r.Id).SingleAsync());
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        Assert.Equal(HttpStatusCode.Redirect, (await reader.PostFormAsync($"/reflections/{_reflection}", new Dictionary<string, string> { ["Input.Body"] = HostileMarkdown }, $"/reflections/{_reflection}?handler=Comment")).StatusCode);

        AssertHarmless((await reader.GetAsync($"/reflections/{hostile}", expectSuccess: true)).QuerySelector("[data-testid=reflection-body]")!);
        AssertHarmless((await reader.GetAsync($"/reflections/{_reflection}", expectSuccess: true)).QuerySelector("[data-testid=comment] .ln-markdown")!);
    }

    [Fact]
    public async Task A_reader_comments_edits_and_deletes_their_own_comment_and_no_one_else_can()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var page = $"/reflections/{_reflection}";
        var posted = await reader.PostFormAsync(page, new Dictionary<string, string> { ["Input.Body"] = "Herkenbaar! Bij ons **ook**." }, $"{page}?handler=Comment");
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var comment = await _factory.WithDbAsync(db => db.Comments.SingleAsync());
        Assert.Contains("<strong>ook</strong>", comment.BodyHtml, StringComparison.Ordinal);

        var shown = await _author.GetAsync(page, expectSuccess: true);
        Assert.Contains("Onderzoeker", shown.Text("[data-testid=comment]"), StringComparison.Ordinal);
        Assert.Empty(shown.QuerySelectorAll("[data-testid=edit-comment]"));
        Assert.Contains("1", (await _author.GetAsync($"/experiments/{_experiment}", expectSuccess: true)).Text("[data-testid=reflection-counts]"), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Forbidden, (await _author.PostWithTokenAsync($"{page}?handler=EditComment&commentId={comment.Id}", new Dictionary<string, string> { ["Input.Body"] = "Gekaapt" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _author.PostWithTokenAsync($"{page}?handler=DeleteComment&commentId={comment.Id}", new Dictionary<string, string>())).StatusCode);

        var editPage = $"{page}?editComment={comment.Id}";
        Assert.Equal("Herkenbaar! Bij ons **ook**.", (await reader.GetAsync(editPage, expectSuccess: true)).QuerySelector($"#edit-comment-{comment.Id}")!.TextContent);
        await reader.PostWithTokenAsync($"{page}?handler=EditComment&commentId={comment.Id}", new Dictionary<string, string> { ["Input.Body"] = "Bij ons *net zo*." });
        var edited = await _factory.WithDbAsync(db => db.Comments.SingleAsync());
        Assert.Contains("<em>net zo</em>", edited.BodyHtml, StringComparison.Ordinal);
        Assert.NotNull(edited.EditedAtUtc);

        await reader.PostWithTokenAsync($"{page}?handler=DeleteComment&commentId={comment.Id}", new Dictionary<string, string>());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Theory]
    [InlineData("", "Schrijf een reactie.")]
    [InlineData("   ", "Schrijf een reactie.")]
    [InlineData("200000", "Een reactie is hoogstens 5.000 tekens lang.")]
    public async Task Bad_comments_are_refused_with_a_message_and_nothing_is_stored(string body, string expected)
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var page = $"/reflections/{_reflection}";
        var response = await reader.PostFormAsync(page, new Dictionary<string, string> { ["Input.Body"] = body == "200000" ? new string('x', 200_000) : body }, $"{page}?handler=Comment");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(expected, (await Html.ReadAsync(response)).SummaryErrors());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.Comments.CountAsync()));
    }

    [Fact]
    public async Task No_comment_on_a_reflection_the_user_may_not_read_and_none_without_signing_in()
    {
        await _author.PostFormAsync($"/experiments/{_experiment}/edit", new Dictionary<string, string> { ["Input.Visibility"] = "Draft" });
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");

        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostWithTokenAsync($"/reflections/{_reflection}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Mag ik?" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostWithTokenAsync($"/reflections/{_reflection}?handler=Report", new Dictionary<string, string> { ["Input.Reason"] = "Zomaar" })).StatusCode);
        var visitor = _factory.CreatePortalClient();
        var anonymous = await visitor.PostWithTokenAsync($"/reflections/{_reflection}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Anoniem" });
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.Contains("/account/login", anonymous.Headers.Location!.OriginalString, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(0, await _factory.WithDbAsync(async db => await db.Comments.CountAsync() + await db.Reports.CountAsync()));
    }

    [Fact]
    public async Task Saving_a_comment_reads_none_of_the_threads_texts_only_who_commented_before()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var token = (await reader.GetAsync("/", expectSuccess: true)).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var counter = await SqlCommandCounter.StartAsync(_factory.DataFolder);

        var saved = await reader.PostAsync(
            new Uri($"/reflections/{_reflection}?handler=Comment", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["Input.Body"] = "Bij ons ook." }));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains(counter.Commands, c => c.Contains("INSERT INTO \"Comments\"", StringComparison.Ordinal));
        // The thread's texts are not read; only who commented before, once, to tell them (notifications).
        var reads = counter.Commands.Where(c => c.Contains("FROM \"Comments\"", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(reads, c => c.Contains("\"BodyMarkdown\"", StringComparison.Ordinal) || c.Contains("\"BodyHtml\"", StringComparison.Ordinal));
        Assert.StartsWith("SELECT DISTINCT \"c\".\"AuthorUserId\"", Assert.Single(reads), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reported_reflection_reaches_the_moderators_queue_and_hiding_it_resolves_the_report_with_an_audit_entry()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var page = $"/reflections/{_reflection}";
        var reported = await reader.PostFormAsync(page, new Dictionary<string, string> { ["Input.Reason"] = "Naam en adres van een bewoner" }, $"{page}?handler=Report");
        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        Assert.NotNull((await reader.GetAsync(reported.Headers.Location!.OriginalString, expectSuccess: true)).QuerySelector("[data-testid=reported]"));
        Assert.NotNull((await reader.GetAsync(page, expectSuccess: true)).QuerySelector("[data-testid=already-reported]"));
        var again = await reader.PostWithTokenAsync($"{page}?handler=Report", new Dictionary<string, string> { ["Input.Reason"] = "Nog eens" });
        Assert.Contains("Je hebt dit al gemeld. De moderatoren bekijken het.", (await Html.ReadAsync(again)).SummaryErrors());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Reports.CountAsync()));

        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(new Uri("/admin/reports", UriKind.Relative))).StatusCode);
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var queue = await admin.GetAsync("/admin/reports", expectSuccess: true);
        var item = Assert.Single(queue.QuerySelectorAll("[data-testid=reported-item]"));
        Assert.Contains("Naam en adres van een bewoner", item.TextContent, StringComparison.Ordinal);
        Assert.Contains("Onderzoeker", item.TextContent, StringComparison.Ordinal);

        var noReason = await admin.PostWithTokenAsync($"/admin/reports?handler=Hide&target=Reflection&targetId={_reflection}", new Dictionary<string, string>());
        Assert.Contains("Geef een reden voor het verbergen; die komt in het logboek.", (await Html.ReadAsync(noReason)).SummaryErrors());
        await admin.PostFormAsync("/admin/reports", new Dictionary<string, string> { ["Input.Reason"] = "Persoonsgegevens" }, $"/admin/reports?handler=Hide&target=Reflection&targetId={_reflection}");

        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync(new Uri(page, UriKind.Relative))).StatusCode);
        Assert.NotNull((await admin.GetAsync("/admin/reports", expectSuccess: true)).QuerySelector("[data-testid=no-reports]"));
        Assert.Equal(ReportOutcome.Hidden, await _factory.WithDbAsync(db => db.Reports.Select(r => r.Outcome).SingleAsync()));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.ReflectionHidden)));
    }

    [Fact]
    public async Task A_reported_comment_is_hidden_for_readers_but_not_for_admins_and_dismissing_is_audited()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var page = $"/reflections/{_reflection}";
        await outsider.PostFormAsync(page, new Dictionary<string, string> { ["Input.Body"] = "Koop nu onze warmtepompen!" }, $"{page}?handler=Comment");
        await outsider.PostFormAsync(page, new Dictionary<string, string> { ["Input.Body"] = "Bij ons liep het net zo." }, $"{page}?handler=Comment");
        var spam = await _factory.WithDbAsync(db => db.Comments.Where(c => c.BodyMarkdown.StartsWith("Koop")).Select(c => c.Id).SingleAsync());
        var fine = await _factory.WithDbAsync(db => db.Comments.Where(c => c.BodyMarkdown.StartsWith("Bij ons")).Select(c => c.Id).SingleAsync());
        await reader.PostWithTokenAsync($"{page}?handler=Report&commentId={spam}", new Dictionary<string, string> { ["Input.Reason"] = "Reclame" });
        await reader.PostWithTokenAsync($"{page}?handler=Report&commentId={fine}", new Dictionary<string, string> { ["Input.Reason"] = "Weet niet" });

        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        Assert.Equal(2, (await admin.GetAsync("/admin/reports", expectSuccess: true)).QuerySelectorAll("[data-testid=reported-item]").Length);
        await admin.PostWithTokenAsync($"/admin/reports?handler=Hide&target=Comment&targetId={spam}", new Dictionary<string, string> { ["Input.Reason"] = "Reclame" });
        await admin.PostWithTokenAsync($"/admin/reports?handler=Dismiss&target=Comment&targetId={fine}", new Dictionary<string, string>());

        var comments = (await reader.GetAsync(page, expectSuccess: true)).QuerySelectorAll("[data-testid=comment]");
        Assert.Equal("Bij ons liep het net zo.", Assert.Single(comments).QuerySelector(".ln-markdown")!.TextContent.Trim());
        Assert.Equal(2, (await admin.GetAsync(page, expectSuccess: true)).QuerySelectorAll("[data-testid=comment]").Length);
        Assert.Empty((await admin.GetAsync("/admin/reports", expectSuccess: true)).QuerySelectorAll("[data-testid=reported-item]"));
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.CommentHidden, actions);
        Assert.Contains(AuditAction.ReportDismissed, actions);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.PostWithTokenAsync($"{page}?handler=Report&commentId={spam}", new Dictionary<string, string> { ["Input.Reason"] = "Nog steeds" })).StatusCode);
    }

    [Fact]
    public async Task Deleting_a_reflection_takes_its_comments_and_their_reports_with_it()
    {
        var reader = await Network.SignedInAsync(_factory, "lezer@example.com");
        var page = $"/reflections/{_reflection}";
        await reader.PostFormAsync(page, new Dictionary<string, string> { ["Input.Body"] = "Een reactie" }, $"{page}?handler=Comment");
        var comment = await _factory.WithDbAsync(db => db.Comments.Select(c => c.Id).SingleAsync());
        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        await outsider.PostWithTokenAsync($"{page}?handler=Report&commentId={comment}", new Dictionary<string, string> { ["Input.Reason"] = "Twijfel" });
        await outsider.PostWithTokenAsync($"{page}?handler=Report", new Dictionary<string, string> { ["Input.Reason"] = "Twijfel" });
        Assert.Equal(2, await _factory.WithDbAsync(db => db.Reports.CountAsync()));

        await _author.PostWithTokenAsync($"/experiments/{_experiment}/reflection/{_reflection}?handler=Delete", new Dictionary<string, string>());

        Assert.Equal(0, await _factory.WithDbAsync(async db => await db.Comments.CountAsync() + await db.Reports.CountAsync() + await db.Reflections.CountAsync()));
    }

    private static void AssertHarmless(IElement rendered)
    {
        var elements = rendered.QuerySelectorAll("*").ToList();
        Assert.DoesNotContain(elements, e => e.LocalName is "script" or "iframe" or "img" or "svg" or "object" or "embed" or "details" or "div" or "style");
        Assert.DoesNotContain(elements.SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase) || a.Name is "style" or "src");
        Assert.All(elements.Where(e => e.HasAttribute("href")).Select(e => e.GetAttribute("href")!), href => Assert.Matches("^(https?|mailto):", href));

        // Ordinary Markdown still means what it says.
        Assert.NotNull(rendered.QuerySelector("h1"));
        Assert.NotNull(rendered.QuerySelector("li strong"));
        Assert.NotNull(rendered.QuerySelector("li em"));
        Assert.NotNull(rendered.QuerySelector("a[href='https://example.nl/pad']"));
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
