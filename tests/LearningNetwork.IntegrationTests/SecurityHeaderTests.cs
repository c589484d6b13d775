using System.Net;
using LearningNetwork.IntegrationTests.Support;

namespace LearningNetwork.IntegrationTests;

/// <summary>reliability.md items 11 and 13: security headers everywhere, and keys that survive a restart.</summary>
public sealed class SecurityHeaderTests
{
    [Fact]
    public async Task A_page_a_404_a_500_a_static_file_and_an_api_response_all_carry_the_security_headers()
    {
        using var factory = new FailingRoutesFactory();
        // HSTS is never sent to localhost, so ask as the public host would be asked.
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = new Uri("https://koppelkansen.example.nl") });
        var responses = new Dictionary<string, HttpResponseMessage>
        {
            ["page"] = await client.GetAsync(new Uri("/", UriKind.Relative)),
            ["404"] = await client.GetAsync(new Uri("/bestaat-niet", UriKind.Relative)),
            ["500"] = await client.GetAsync(new Uri(FailingRoutesFactory.PageCrash, UriKind.Relative)),
            ["static"] = await client.GetAsync(new Uri("/css/site.css", UriKind.Relative)),
            ["api"] = await client.GetAsync(new Uri("/api/v1/taxonomy", UriKind.Relative)),
            ["api 500"] = await client.GetAsync(new Uri(FailingRoutesFactory.ApiCrash, UriKind.Relative)),
        };
        Assert.Equal(HttpStatusCode.NotFound, responses["404"].StatusCode);
        Assert.Equal(HttpStatusCode.InternalServerError, responses["500"].StatusCode);

        foreach (var (what, response) in responses)
        {
            Assert.True(response.Headers.Contains("Strict-Transport-Security"), $"{what} has no HSTS header");
            var csp = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
            Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
            Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
            Assert.Equal("strict-origin-when-cross-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
            Assert.Contains("camera=()", Assert.Single(response.Headers.GetValues("Permissions-Policy")), StringComparison.Ordinal);
            var hsts = Assert.Single(response.Headers.GetValues("Strict-Transport-Security"));
            Assert.True(hsts.Contains("max-age=31536000", StringComparison.Ordinal) && hsts.Contains("includeSubDomains", StringComparison.Ordinal), $"{what}: {hsts}");
        }
    }

    [Fact]
    public async Task A_restart_keeps_the_sign_in_cookie_and_the_form_token_valid_because_the_keys_are_in_the_database()
    {
        var folder = PortalFactory.NewDataFolder();
        HttpClient client;
        string token;
        using (var first = new ClockedPortalFactory(folder, new MovableClock()) { KeepDataFolder = true })
        {
            await Network.PersonAsync(first, "lid@example.com", "Lid");
            client = await Network.SignedInAsync(first, "lid@example.com");
            token = (await client.GetAsync("/account", expectSuccess: true)).QuerySelector("form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
            Assert.True(await first.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.DataProtectionKeys)));
        }

        using var second = new ClockedPortalFactory(folder, new MovableClock());
        // The browser keeps its cookies across the server's restart.
        var again = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false, BaseAddress = new Uri("https://localhost") });
        again.DefaultRequestHeaders.Add("Cookie", CookiesOf(client));
        Assert.Equal(HttpStatusCode.OK, (await again.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        var posted = await again.PostAsync(new Uri("/account?handler=Profile", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = "Lid na herstart",
            ["Input.PreferredLanguage"] = "nl",
        }));
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        Assert.Equal("Lid na herstart", await second.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(db.Users.Select(u => u.DisplayName))));
    }

    private static string CookiesOf(HttpClient client)
    {
        var handler = typeof(HttpMessageInvoker).GetField("_handler", System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!.GetValue(client);
        while (handler is DelegatingHandler delegating && handler.GetType().Name != "CookieContainerHandler")
        {
            handler = delegating.InnerHandler;
        }

        var container = (System.Net.CookieContainer)handler!.GetType().GetProperty("Container")!.GetValue(handler)!;
        return container.GetCookieHeader(new Uri("https://localhost"));
    }
}
