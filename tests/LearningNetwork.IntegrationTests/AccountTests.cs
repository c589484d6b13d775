using System.Net;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

public sealed class AccountTests
{
    private const string Password = "een lange zin als wachtwoord";

    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "nl", "Bevestig je e-mailadres voor het Leernetwerk Koppelkansen", "Je e-mailadres is bevestigd", "Uitloggen" },
        { "en", "Confirm your e-mail address for the Koppelkansen Learning Network", "Your e-mail address is confirmed", "Sign out" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Register_confirm_log_in_and_log_out(string language, string subject, string confirmed, string logout)
    {
        using var factory = new PortalFactory();
        var client = factory.CreatePortalClient(language);
        var email = $"anne.{language}@tilburg.nl";

        var registered = await RegisterAsync(client, "Anne de Vries", email);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);
        Assert.Equal("/account/register/check-your-mail", registered.Headers.Location!.OriginalString);

        var mail = await Mailbox.SingleAsync(factory, email);
        Assert.Equal(subject, mail.Subject);
        Assert.Contains("Anne de Vries", mail.TextBody, StringComparison.Ordinal);
        Assert.NotNull(mail.HtmlBody);

        var notYet = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, notYet.StatusCode);
        Assert.Single((await Html.ReadAsync(notYet)).SummaryErrors());

        var link = Mailbox.LinkTo(mail, "/account/confirm-email");
        var confirm = await client.PostFormAsync(link, new Dictionary<string, string>());
        var confirmPage = await Html.ReadAsync(confirm);
        Assert.StartsWith(confirmed, confirmPage.Text("[data-testid=confirmed]"), StringComparison.Ordinal);

        var login = await client.PostFormAsync("/account/login?returnUrl=%2Flessons%2F4", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/lessons/4", login.Headers.Location!.OriginalString);

        var home = await client.GetAsync("/", expectSuccess: true);
        Assert.Equal("Anne de Vries", home.Text(".ln-header__user"));
        Assert.Equal(logout, home.Text("form[action='/account/logout'] button"));

        var loggedOut = await client.PostFormAsync("/", new Dictionary<string, string>(), action: "/account/logout");
        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        var after = await client.GetAsync("/", expectSuccess: true);
        Assert.Null(after.QuerySelector(".ln-header__user"));
    }

    [Fact]
    public async Task A_second_registration_for_the_same_address_stores_nothing_and_mails_the_owner()
    {
        using var factory = new PortalFactory();
        var fields = new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Bram",
            ["Input.Email"] = "bram@breda.nl",
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        };
        var first = await factory.CreatePortalClient().PostFormAsync("/account/register", fields);
        fields["Input.DisplayName"] = "Someone else";
        var second = await factory.CreatePortalClient("en").PostFormAsync("/account/register", fields);

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync()));
        var mails = await Mailbox.AllToAsync(factory, "bram@breda.nl");
        Assert.Equal(2, mails.Count);
        Assert.Equal("Je hebt al een account bij het Leernetwerk Koppelkansen", mails[1].Subject);
        Assert.Contains("Bram", mails[1].TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forgot_password_mails_a_link_that_sets_a_new_password()
    {
        using var factory = new PortalFactory();
        var client = factory.CreatePortalClient();
        await RegisterConfirmedAsync(factory, client, "carla@venlo.nl");

        var forgot = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "carla@venlo.nl" });
        Assert.Equal("/account/forgot-password/check-your-mail", forgot.Headers.Location!.OriginalString);
        var unknown = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "nobody@venlo.nl" });
        Assert.Equal(forgot.Headers.Location, unknown.Headers.Location);
        Assert.Empty(await Mailbox.AllToAsync(factory, "nobody@venlo.nl"));

        var mail = (await Mailbox.AllToAsync(factory, "carla@venlo.nl")).Last();
        Assert.Equal("Stel een nieuw wachtwoord in voor het Leernetwerk Koppelkansen", mail.Subject);
        var link = Mailbox.LinkTo(mail, "/account/reset-password");

        const string newPassword = "een ander nieuw wachtwoord";
        var mismatch = await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = "iets anders dan dat" });
        Assert.Equal(["De twee wachtwoorden zijn niet gelijk."], (await Html.ReadAsync(mismatch)).FieldErrors());

        var reset = await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = newPassword, ["Input.ConfirmPassword"] = newPassword });
        Assert.Equal("/account/reset-password/done", reset.Headers.Location!.OriginalString);

        var reused = await client.PostFormAsync(link, new Dictionary<string, string> { ["Input.Password"] = "nog een derde wachtwoord", ["Input.ConfirmPassword"] = "nog een derde wachtwoord" });
        Assert.Contains("ongeldig of verlopen", Assert.Single((await Html.ReadAsync(reused)).SummaryErrors()), StringComparison.Ordinal);

        var oldLogin = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "carla@venlo.nl", ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.OK, oldLogin.StatusCode);
        var newLogin = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "carla@venlo.nl", ["Input.Password"] = newPassword });
        Assert.Equal(HttpStatusCode.Redirect, newLogin.StatusCode);
    }

    [Fact]
    public async Task A_broken_confirmation_link_says_so_and_confirms_nothing()
    {
        using var factory = new PortalFactory();
        var client = factory.CreatePortalClient();
        await RegisterAsync(client, "Dirk", "dirk@haarlem.nl");
        var userId = await factory.WithDbAsync(db => db.Users.Select(u => u.Id).SingleAsync());

        var response = await client.PostFormAsync($"/account/confirm-email?userId={userId}&token=forged", new Dictionary<string, string>());

        Assert.NotNull((await Html.ReadAsync(response)).QuerySelector("[data-testid=not-confirmed]"));
        Assert.False(await factory.WithDbAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
    }

    [Fact]
    public async Task Opening_the_confirmation_link_changes_nothing_until_the_button_is_pressed()
    {
        using var factory = new PortalFactory();
        var client = factory.CreatePortalClient();
        await RegisterAsync(client, "Eva", "eva@utrecht.nl");
        var link = Mailbox.LinkTo(await Mailbox.SingleAsync(factory, "eva@utrecht.nl"), "/account/confirm-email");

        await client.GetAsync(link, expectSuccess: true);

        Assert.False(await factory.WithDbAsync(db => db.Users.Select(u => u.EmailConfirmed).SingleAsync()));
    }

    internal static Task<HttpResponseMessage> RegisterAsync(HttpClient client, string name, string email) =>
        client.PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = Password,
            ["Input.ConfirmPassword"] = Password,
        });

    internal static async Task RegisterConfirmedAsync(PortalFactory factory, HttpClient client, string email)
    {
        await RegisterAsync(client, email.Split('@')[0], email);
        var link = Mailbox.LinkTo(await Mailbox.SingleAsync(factory, email), "/account/confirm-email");
        await client.PostFormAsync(link, new Dictionary<string, string>());
    }

    internal static async Task LogInAsync(HttpClient client, string email)
    {
        var response = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }
}
