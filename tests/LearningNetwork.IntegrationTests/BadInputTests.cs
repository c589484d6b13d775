using System.Net;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Every account form, fed what people and scripts really send: clear messages, nothing stored, no mail.</summary>
public sealed class BadInputTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static readonly string TenThousand = new('x', 10_000);

    public static TheoryData<string, Dictionary<string, string>, string[]> RegisterCases() => new()
    {
        {
            "nl",
            new() { ["Input.DisplayName"] = "", ["Input.Email"] = "", ["Input.Password"] = "", ["Input.ConfirmPassword"] = "" },
            ["Vul je naam in.", "Vul je e-mailadres in.", "Vul je wachtwoord in."]
        },
        {
            "en",
            new() { ["Input.DisplayName"] = "   ", ["Input.Email"] = " ", ["Input.Password"] = "", ["Input.ConfirmPassword"] = "" },
            ["Enter your name.", "Enter your e-mail address.", "Enter your password."]
        },
        {
            "nl",
            new() { ["Input.DisplayName"] = TenThousand, ["Input.Email"] = TenThousand + "@x.nl", ["Input.Password"] = TenThousand, ["Input.ConfirmPassword"] = TenThousand },
            ["Je naam is hoogstens 100 tekens lang.", "Een e-mailadres is hoogstens 254 tekens lang.", "Een wachtwoord is hoogstens 128 tekens lang."]
        },
        {
            "en",
            new() { ["Input.DisplayName"] = "Fenna", ["Input.Email"] = "fenna-at-drimmelen.nl", ["Input.Password"] = "kort", ["Input.ConfirmPassword"] = "kort" },
            ["Enter a valid e-mail address, such as name@municipality.nl.", "Choose a password of at least 12 characters. A sentence of a few words works well."]
        },
        {
            "nl",
            new() { ["Input.DisplayName"] = "Gert", ["Input.Email"] = "gert@venlo.nl", ["Input.Password"] = "een lange zin als wachtwoord", ["Input.ConfirmPassword"] = "een andere zin als wachtwoord" },
            ["De twee wachtwoorden zijn niet gelijk."]
        },
        {
            "en",
            new() { ["Input.DisplayName"] = "Hans\r\nBcc: victim@example.com", ["Input.Email"] = "hans@venlo.nl\r\nBcc: x@y.nl", ["Input.Password"] = "een lange zin als wachtwoord", ["Input.ConfirmPassword"] = "een lange zin als wachtwoord" },
            ["Keep this on one line, without line breaks.", "Enter a valid e-mail address, such as name@municipality.nl."]
        },
        {
            "nl",
            new() { ["Input.DisplayName"] = "<script>alert(1)</script>", ["Input.Email"] = "a@b", ["Input.Password"] = "' OR 1=1 --", ["Input.ConfirmPassword"] = "' OR 1=1 --" },
            ["Vul een geldig e-mailadres in, zoals naam@gemeente.nl.", "Kies een wachtwoord van minstens 12 tekens. Een zin van een paar woorden werkt goed."]
        },
    };

    [Theory]
    [MemberData(nameof(RegisterCases))]
    public async Task Register_refuses_bad_input_with_messages_in_the_page_language(string language, Dictionary<string, string> fields, string[] expected)
    {
        var response = await factory.CreatePortalClient(language).PostFormAsync("/account/register", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await Html.ReadAsync(response);
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected.Order(), page.FieldErrors().Order());
        Assert.Equal(expected.Order(), page.SummaryErrors().Order());
        Assert.All(page.QuerySelectorAll("input[aria-invalid=true]"), input =>
            Assert.Contains("-error", input.GetAttribute("aria-describedby"), StringComparison.Ordinal));
        Assert.DoesNotContain("<script>alert(1)</script>", page.QuerySelector("main")!.InnerHtml, StringComparison.Ordinal);
        Assert.Empty(page.QuerySelectorAll("input[type=password][value]"));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
        await factory.DeliverMailAsync();
        Assert.Empty(factory.MailFiles());
    }

    [Theory]
    [InlineData("nl", "", "", "Vul je e-mailadres in.", "Vul je wachtwoord in.")]
    [InlineData("en", "not an address", "x", "Enter a valid e-mail address, such as name@municipality.nl.", null)]
    public async Task Login_refuses_bad_input(string language, string email, string password, string emailError, string? passwordError)
    {
        var response = await factory.CreatePortalClient(language).PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await Html.ReadAsync(response)).FieldErrors();
        Assert.Contains(emailError, errors);
        if (passwordError is not null)
        {
            Assert.Contains(passwordError, errors);
        }
    }

    [Fact]
    public async Task A_value_of_the_wrong_type_gets_a_clear_message()
    {
        var response = await factory.CreatePortalClient().PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "iemand@gemeente.nl",
            ["Input.Password"] = "een lange zin als wachtwoord",
            ["Input.RememberMe"] = "certainly",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["De waarde 'certainly' is ongeldig."], (await Html.ReadAsync(response)).SummaryErrors());
    }

    [Theory]
    [InlineData("nl", "Inloggen lukte niet.")]
    [InlineData("en", "Signing in did not work.")]
    public async Task Login_with_an_unknown_address_says_the_same_as_a_wrong_password(string language, string expected)
    {
        var response = await factory.CreatePortalClient(language).PostFormAsync("/account/login", new Dictionary<string, string>
        {
            ["Input.Email"] = "onbekend@gemeente.nl",
            ["Input.Password"] = "een wachtwoord dat niet bestaat",
        });

        Assert.StartsWith(expected, Assert.Single((await Html.ReadAsync(response)).SummaryErrors()), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nl", "", "Vul je e-mailadres in.")]
    [InlineData("en", "@@", "Enter a valid e-mail address, such as name@municipality.nl.")]
    public async Task Forgot_password_refuses_bad_input(string language, string email, string expected)
    {
        var response = await factory.CreatePortalClient(language).PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });

        Assert.Equal([expected], (await Html.ReadAsync(response)).FieldErrors());
    }

    [Fact]
    public async Task Reset_password_with_a_forged_token_is_refused_in_plain_words()
    {
        var response = await factory.CreatePortalClient("en").PostFormAsync("/account/reset-password?email=x%40y.nl&token=forged", new Dictionary<string, string>
        {
            ["Input.Password"] = "een lange zin als wachtwoord",
            ["Input.ConfirmPassword"] = "een lange zin als wachtwoord",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("This password reset link is invalid or has expired", Assert.Single((await Html.ReadAsync(response)).SummaryErrors()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var response = await factory.CreatePortalClient().PostAsync(
            new Uri("/account/register", UriKind.Relative),
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "x@y.nl" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }
}
