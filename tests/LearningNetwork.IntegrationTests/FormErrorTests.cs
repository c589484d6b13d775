using System.Net;
using AngleSharp.Dom;
using LearningNetwork.IntegrationTests.Support;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// A form shown again with errors: the title says so, the error summary takes focus, and every error is tied to its
/// field (the field or its fieldset refers to the message with aria-describedby, the summary links to the field).
/// </summary>
public sealed class FormErrorTests : IAsyncLifetime
{
    private readonly PortalFactory _factory = new();

    public async Task InitializeAsync() => await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", "GM0855");

    [Theory]
    [InlineData("nl", "Fout: ")]
    [InlineData("en", "Error: ")]
    public async Task Every_error_of_the_project_form_is_linked_to_its_field_the_summary_takes_focus_and_the_title_says_error(string language, string prefix)
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl", language);

        var response = await member.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = string.Empty,
            ["Input.Summary"] = "Samen met het riool.",
            ["Input.Partners[0].Type"] = "HousingCorporation",
            ["Input.Barriers[2].State"] = "Encountered",
            ["Input.Barriers[5].State"] = "StillBlocking",
            ["Input.Barriers[5].Note"] = new string('n', 2001),
            ["Input.Lessons[1].Helped"] = "Sometimes",
            ["Input.Visibility"] = "Everyone",
            ["Note"] = new string('t', 2001),
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.StartsWith(prefix, page.Title, StringComparison.Ordinal);
        Assert.Equal(7, page.SummaryErrors().Count);
        AssertErrorsAreLinked(page);
        Assert.Equal("Input_Barriers_5__Note-error", page.GetElementById("Input_Barriers_5__Note")!.GetAttribute("aria-describedby"));
        Assert.Contains("Input_Themes-error", page.GetElementById("Input_Themes")!.GetAttribute("aria-describedby")!, StringComparison.Ordinal);
        Assert.NotNull(page.GetElementById("Input_Partners_0__Name-error"));
        Assert.NotNull(page.GetElementById("Input_Lessons_1__Helped-error"));
        Assert.NotNull(page.GetElementById("Note-error"));

        var fine = await member.GetAsync("/experiments/new", expectSuccess: true);
        Assert.False(fine.Title!.StartsWith(prefix, StringComparison.Ordinal));
        Assert.Null(fine.QuerySelector("[data-testid=error-summary]"));
    }

    [Fact]
    public async Task The_other_forms_with_groups_and_selects_link_their_errors_too()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var created = await member.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Riool en warmte",
            ["Input.Summary"] = "Samen met het riool.",
            ["Input.Themes"] = "underground",
        });
        var experiment = created.Headers.Location!.OriginalString;

        var pages = new[]
        {
            await member.PostFormAsync($"{experiment}/reflection", new Dictionary<string, string> { ["Input.Kind"] = "Sometimes", ["Input.Title"] = string.Empty, ["Input.Body"] = string.Empty }),
            await member.PostFormAsync("/learning-agenda/new", new Dictionary<string, string> { ["Input.Text"] = string.Empty, ["Input.Visibility"] = "Geheim" }),
            await member.PostFormAsync("/account", new Dictionary<string, string> { ["Input.DisplayName"] = string.Empty, ["Input.PreferredLanguage"] = "fr" }, "/account?handler=Profile"),
            await member.PostFormAsync("/account/digest", new Dictionary<string, string> { ["Input.Language"] = "fr" }),
            await _factory.CreatePortalClient().PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = string.Empty }),
        };

        foreach (var response in pages)
        {
            var page = await Html.ReadAsync(response);
            Assert.StartsWith("Fout: ", page.Title, StringComparison.Ordinal);
            Assert.NotEmpty(page.SummaryErrors());
            AssertErrorsAreLinked(page);
        }
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }

    private static void AssertErrorsAreLinked(IDocument page)
    {
        var summary = page.QuerySelector("[data-testid=error-summary]")!;
        Assert.Equal("-1", summary.GetAttribute("tabindex"));
        Assert.True(summary.HasAttribute("autofocus"));
        var describedBy = page.QuerySelectorAll("[aria-describedby]")
            .SelectMany(e => e.GetAttribute("aria-describedby")!.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (Id: id, Element: e)))
            .ToList();

        var messages = page.QuerySelectorAll("main .utrecht-form-field-error-message").ToList();
        Assert.All(messages, message => Assert.Contains(describedBy, d => d.Id == message.Id));
        foreach (var link in summary.QuerySelectorAll("a[href^='#']"))
        {
            var field = page.GetElementById(link.GetAttribute("href")![1..]);
            Assert.True(field is not null, $"The summary links to {link.GetAttribute("href")}, which is not on the page");
            var ids = describedBy.Where(d => d.Element == field).Select(d => d.Id).ToList();
            Assert.Contains(messages, m => ids.Contains(m.Id!) && m.TextContent.Contains(link.TextContent.Trim(), StringComparison.Ordinal));
        }
    }
}
