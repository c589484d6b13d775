using System.Net;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>reliability.md items 1, 3, 5 and 6, and two-factor sign-in, on the real host.</summary>
public sealed class SignInSafetyTests
{
    [Theory]
    [InlineData("password123456", "Dit wachtwoord is te bekend")]
    [InlineData("Welkom12345!!", "Dit wachtwoord is te bekend")]
    [InlineData("111111111111", "Dit wachtwoord is te bekend")]
    [InlineData("ik woon graag in Tilburg", "Gebruik in je wachtwoord niet je naam")]
    [InlineData("koppelkansen voor iedereen", "Gebruik in je wachtwoord niet je naam")]
    [InlineData("wachtzin van Petronella", "Gebruik in je wachtwoord niet je naam")]
    public async Task Common_and_context_passwords_are_refused_with_no_composition_rules(string password, string expected)
    {
        using var factory = new PortalFactory();
        var response = await factory.CreatePortalClient().PostFormAsync("/account/register", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Petronella Paardekooper",
            ["Input.Email"] = "petra@example.com",
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(expected, Assert.Single((await Html.ReadAsync(response)).FieldErrors()), StringComparison.Ordinal);
        await factory.DeliverMailAsync();
        Assert.Empty(factory.MailFiles());
    }

    [Fact]
    public async Task Five_failures_lock_the_account_and_locked_unknown_and_wrong_all_read_the_same()
    {
        using var factory = new PortalFactory();
        await Network.PersonAsync(factory, "jan@example.com", "Jan");
        var client = factory.CreatePortalClient();
        var messages = new List<string>();
        for (var attempt = 0; attempt < 5; attempt++)
        {
            messages.Add(await FailedLoginAsync(client, "jan@example.com", "dit is het verkeerde wachtwoord"));
        }

        messages.Add(await FailedLoginAsync(client, "jan@example.com", Network.Password));
        messages.Add(await FailedLoginAsync(client, "niemand@example.com", Network.Password));

        Assert.Single(messages.Distinct());
        Assert.StartsWith("Inloggen lukte niet.", messages[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Log_in_register_and_reset_are_rate_limited_with_429_and_Retry_After()
    {
        using var factory = new PortalFactory().WithSetting("RateLimiting:AccountPermitLimit", "3");
        var client = factory.CreatePortalClient();
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            statuses.Add((await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "x@example.com", ["Input.Password"] = "y" })).StatusCode);
        }

        var limited = await client.PostFormAsync("/account/forgot-password", new Dictionary<string, string> { ["Input.Email"] = "x@example.com" });

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
        Assert.Equal(HttpStatusCode.TooManyRequests, limited.StatusCode);
        Assert.True(int.Parse(limited.Headers.RetryAfter!.ToString(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal("Even geduld", (await Html.ReadAsync(limited)).Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("/account/login", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Cookies_are_Host_prefixed_Secure_HttpOnly_and_SameSite()
    {
        using var factory = new PortalFactory();
        await Network.PersonAsync(factory, "cookie@example.com", "Koos");
        var client = factory.CreatePortalClient();
        var login = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "cookie@example.com", ["Input.Password"] = Network.Password });
        var page = await factory.CreatePortalClient().GetAsync(new Uri("/account/login", UriKind.Relative));
        var language = await client.PostFormAsync("/", new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/" }, "/language");
        var withTempData = await client.PostFormAsync("/account", new Dictionary<string, string> { ["Input.DisplayName"] = "Koos", ["Input.PreferredLanguage"] = "nl" }, "/account?handler=Profile");

        var cookies = new[] { login, page, language, withTempData }
            .SelectMany(r => r.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            .ToList();
        Assert.All(cookies, c => Assert.Contains("secure", c, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(cookies, c => c.StartsWith("__Host-LearningNetwork.TempData=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
        var auth = Assert.Single(login.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-LearningNetwork=", StringComparison.Ordinal));
        foreach (var cookie in cookies.Where(c => c.StartsWith("__Host-", StringComparison.Ordinal)))
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        }

        Assert.Contains("samesite=lax", auth, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(cookies, c => c.StartsWith("__Host-LearningNetwork.Antiforgery=", StringComparison.Ordinal));
        Assert.DoesNotContain(cookies, c => c.Contains("Antiforgery", StringComparison.Ordinal) && !c.StartsWith("__Host-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_password_change_refuses_the_other_sessions_changes_at_once_and_ends_them_within_the_stamp_check()
    {
        using var factory = new ClockedPortalFactory();
        await Network.PersonAsync(factory, "twee@example.com", "Twee Sessies");
        var laptop = await Network.SignedInAsync(factory, "twee@example.com");
        var phone = await Network.SignedInAsync(factory, "twee@example.com");
        var tablet = await Network.SignedInAsync(factory, "twee@example.com");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        var changed = await laptop.PostFormAsync("/account/password", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Network.Password,
            ["Input.NewPassword"] = "een heel ander lang wachtwoord",
            ["Input.ConfirmPassword"] = "een heel ander lang wachtwoord",
        });
        Assert.NotNull((await Html.ReadAsync(changed)).QuerySelector("[data-testid=password-changed]"));
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        await ExpectEndedWithinStampCheckAsync(factory, phone, tablet);
        Assert.Equal(HttpStatusCode.OK, (await laptop.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Signing_out_ends_the_other_sessions_too()
    {
        using var factory = new ClockedPortalFactory();
        await Network.PersonAsync(factory, "uit@example.com", "Uit");
        var laptop = await Network.SignedInAsync(factory, "uit@example.com");
        var phone = await Network.SignedInAsync(factory, "uit@example.com");
        var tablet = await Network.SignedInAsync(factory, "uit@example.com");

        await laptop.PostFormAsync("/", new Dictionary<string, string>(), action: "/account/logout");

        await ExpectEndedWithinStampCheckAsync(factory, phone, tablet);
    }

    /// <summary>
    /// Sessions:StampCheckSeconds (30 by default): one session's attempt to change something is refused at once (back
    /// to the login page, nothing changed); the other still reads until its cookie is older than the check, then is
    /// sent to the login page too.
    /// </summary>
    internal static async Task ExpectEndedWithinStampCheckAsync(ClockedPortalFactory factory, HttpClient changing, HttpClient reading)
    {
        var refused = await changing.PostFormAsync("/account/digest", new Dictionary<string, string> { ["Input.WeeklyDigest"] = "false", ["Input.Language"] = "nl" });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.StartsWith("/account/login", refused.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.True(await factory.WithDbAsync(db => db.Users.AllAsync(u => u.WeeklyDigest)));

        Assert.Equal(HttpStatusCode.OK, (await reading.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        factory.Clock.Advance(TimeSpan.FromSeconds(31));
        var ended = await reading.GetAsync(new Uri("/account", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.StartsWith("/account/login", ended.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_factor_sign_in_with_single_use_authenticator_and_recovery_codes()
    {
        using var factory = new PortalFactory();
        await Network.PersonAsync(factory, "totp@example.com", "Tim");
        var client = await Network.SignedInAsync(factory, "totp@example.com");
        var other = await Network.SignedInAsync(factory, "totp@example.com");
        var before = await client.GetAsync("/account/two-factor", expectSuccess: true);
        Assert.Null(before.QuerySelector("[data-testid=shared-key]"));
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        await client.PostFormAsync("/account/two-factor", new Dictionary<string, string>(), "/account/two-factor?handler=Setup");
        var setup = await client.GetAsync("/account/two-factor", expectSuccess: true);
        var key = setup.Text("[data-testid=shared-key]");

        var wrong = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = "000000" }, "/account/two-factor?handler=Enable");
        Assert.StartsWith("Vul de zescijferige code", Assert.Single((await Html.ReadAsync(wrong)).FieldErrors()), StringComparison.Ordinal);

        var enabling = Totp.Code(key, DateTimeOffset.UtcNow);
        var enabled = await client.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Code"] = enabling }, "/account/two-factor?handler=Enable");
        var codes = (await Html.ReadAsync(enabled)).QuerySelectorAll("[data-testid=recovery-codes] code").Select(c => c.TextContent).ToList();
        Assert.Equal(10, codes.Count);

        var fresh = factory.CreatePortalClient();
        var step1 = await fresh.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "totp@example.com", ["Input.Password"] = Network.Password });
        Assert.StartsWith("/account/login/two-factor", step1.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // The code that switched it on is spent: the app's next code signs in (the portal allows a minute of drift).
        var spent = await fresh.PostFormAsync(step1.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = enabling });
        Assert.Equal(HttpStatusCode.OK, spent.StatusCode);
        var next = Totp.Code(key, DateTimeOffset.UtcNow.AddSeconds(30));
        var step2 = await fresh.PostFormAsync(step1.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = next });
        Assert.Equal(HttpStatusCode.Redirect, step2.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await fresh.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        // The same code replayed from another browser, well inside its window: refused with a message.
        var replay = factory.CreatePortalClient();
        var replayStep1 = await replay.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "totp@example.com", ["Input.Password"] = Network.Password });
        var replayed = await replay.PostFormAsync(replayStep1.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = next });
        Assert.Equal(HttpStatusCode.OK, replayed.StatusCode);
        Assert.NotEmpty((await Html.ReadAsync(replayed)).FieldErrors().Concat((await Html.ReadAsync(replayed)).SummaryErrors()));
        Assert.Equal(HttpStatusCode.Redirect, (await replay.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        Assert.True(await RecoveryLoginAsync(factory, codes[0]));
        Assert.False(await RecoveryLoginAsync(factory, codes[0]));

        var noPassword = await fresh.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Password"] = "niet het wachtwoord" }, "/account/two-factor?handler=Disable");
        Assert.Equal(["Dit is niet je huidige wachtwoord."], (await Html.ReadAsync(noPassword)).FieldErrors());
        Assert.True(await factory.WithDbAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
        await fresh.PostFormAsync("/account/two-factor", new Dictionary<string, string> { ["Input.Password"] = Network.Password }, "/account/two-factor?handler=Disable");
        Assert.False(await factory.WithDbAsync(db => db.Users.Select(u => u.TwoFactorEnabled).SingleAsync()));
    }

    [Fact]
    public async Task A_session_ends_after_30_idle_minutes_slides_while_used_and_ends_after_12_hours_anyway()
    {
        using var factory = new ClockedPortalFactory();
        await Network.PersonAsync(factory, "sessie@example.com", "Sessie");

        var idle = await Network.SignedInAsync(factory, "sessie@example.com");
        factory.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(HttpStatusCode.Redirect, (await idle.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        var busy = await Network.SignedInAsync(factory, "sessie@example.com");
        var answers = new List<HttpStatusCode>();
        for (var step = 0; step < 40; step++)
        {
            factory.Clock.Advance(TimeSpan.FromMinutes(20));
            answers.Add((await busy.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        }

        // Every 20 minutes keeps it alive, until 12 hours after signing in (step 36 is 12 h 20 min).
        Assert.All(answers.Take(35), a => Assert.Equal(HttpStatusCode.OK, a));
        Assert.Equal(HttpStatusCode.Redirect, answers[36]);
    }

    [Fact]
    public async Task Re_entered_passwords_count_towards_lockout()
    {
        using var factory = new PortalFactory();
        await Network.PersonAsync(factory, "gegijzeld@example.com", "Gijs");
        var hijacked = await Network.SignedInAsync(factory, "gegijzeld@example.com");
        for (var attempt = 0; attempt < 5; attempt++)
        {
            await hijacked.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = $"gok nummer {attempt} hier" });
        }

        var right = await hijacked.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = Network.Password });

        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.Users.CountAsync()));
    }

    private static async Task<bool> RecoveryLoginAsync(PortalFactory factory, string code)
    {
        var client = factory.CreatePortalClient();
        var step1 = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "totp@example.com", ["Input.Password"] = Network.Password });
        var step2 = await client.PostFormAsync(step1.Headers.Location!.OriginalString, new Dictionary<string, string> { ["Input.Code"] = code, ["Input.UseRecoveryCode"] = "true" });
        return step2.StatusCode == HttpStatusCode.Redirect;
    }

    private static async Task<string> FailedLoginAsync(HttpClient client, string email, string password)
    {
        var response = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single((await Html.ReadAsync(response)).SummaryErrors());
    }
}
