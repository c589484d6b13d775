using System.Net;
using System.Text;
using LearningNetwork.IntegrationTests.Support;
using Serilog.Events;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Requests no page was made for get a status and the portal's own page, never a 500; and the log says 500 only
/// for a real one.
/// </summary>
public sealed class RequestEdgeTests(FailingRoutesFactory factory) : IClassFixture<FailingRoutesFactory>
{
    public static TheoryData<string, string> UnhandledMethods() => new()
    {
        { "TRACE", "/" },
        { "POST", "/insights" },
        { "POST", "/lessons" },
        { "POST", "/themes" },
        { "POST", "/municipalities" },
        { "PUT", "/experiments/new" },
        { "PATCH", "/account/login" },
        { "DELETE", "/learning-agenda" },
    };

    [Theory]
    [MemberData(nameof(UnhandledMethods))]
    public async Task A_method_a_page_has_no_handler_for_is_405_with_Allow_and_the_portals_page(string method, string path)
    {
        var client = factory.CreatePortalClient();
        var response = await client.SendAsync(await WithTokenAsync(client, new HttpMethod(method), path));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("GET", response.Content.Headers.Allow);
        Assert.DoesNotContain(method, response.Content.Headers.Allow);
        Assert.Equal("Dit kan hier niet", (await Html.ReadAsync(response)).Text("h1"));
    }

    [Fact]
    public async Task A_page_with_a_form_still_takes_its_post()
    {
        var response = await factory.CreatePortalClient().PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "niemand@example.com", ["Input.Password"] = "geen wachtwoord hier" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("POST", (await factory.CreatePortalClient().SendAsync(new HttpRequestMessage(HttpMethod.Delete, new Uri("/account/login", UriKind.Relative)))).Content.Headers.Allow);
    }

    [Fact]
    public async Task A_form_in_UTF_7_is_415_with_a_clear_message_before_sign_in()
    {
        var client = factory.CreatePortalClient("en");
        var request = await WithTokenAsync(client, HttpMethod.Post, "/account/login", "Input.Email=a%40example.com&Input.Password=x");
        request.Content!.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/x-www-form-urlencoded") { CharSet = "utf-7" };

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Form not readable", (await Html.ReadAsync(response)).Text("h1"));
    }

    public static TheoryData<string, string> UnreadableForms() => new()
    {
        { "a 5 MB value", "Input.Email=" + new string('a', 5 * 1024 * 1024) },
        { "1,500 fields", string.Join('&', Enumerable.Range(0, 1500).Select(i => $"f{i}=x")) },
        { "a NUL in a field", "Input.Email=a%00b%40example.com&Input.Password=%00" },
    };

    [Theory]
    [MemberData(nameof(UnreadableForms))]
    public async Task A_form_that_cannot_be_read_is_400_in_the_users_language_never_404_or_500(string what, string body)
    {
        foreach (var (language, title) in new[] { ("nl", "Verzoek niet begrepen"), ("en", "Request not understood") })
        {
            var client = factory.CreatePortalClient(language);
            var response = await client.SendAsync(await WithTokenAsync(client, HttpMethod.Post, "/account/login", body));

            Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.OK, $"{what}: {(int)response.StatusCode}");
            var page = await Html.ReadAsync(response);
            if (response.StatusCode == HttpStatusCode.BadRequest)
            {
                Assert.Equal(title, page.Text("h1"));
            }
            else
            {
                Assert.NotEmpty(page.SummaryErrors());
            }
        }
    }

    [Fact]
    public async Task Api_400s_and_404s_are_logged_as_what_the_client_got_not_as_500()
    {
        var client = factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("/api/v1/experiments/987654", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync(new Uri("/api/v1/municipalities?province=Atlantis", UriKind.Relative))).StatusCode);

        var notFound = await factory.Log.RequestAsync("/api/v1/experiments/987654");
        var badRequest = await factory.Log.RequestAsync("/api/v1/municipalities");
        Assert.Equal((404, LogEventLevel.Information), (LogCapture.Status(notFound), notFound.Level));
        Assert.Equal((400, LogEventLevel.Information), (LogCapture.Status(badRequest), badRequest.Level));
        Assert.DoesNotContain(factory.Log.Events, e => e.Level >= LogEventLevel.Error && e.RenderMessage().Contains("/api/v1/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_client_that_gives_up_is_logged_as_499_not_as_a_500()
    {
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => factory.CreatePortalClient().GetAsync(new Uri(FailingRoutesFactory.Slow, UriKind.Relative), cancel.Token));

        var line = await factory.Log.RequestAsync(FailingRoutesFactory.Slow);
        Assert.Equal(499, LogCapture.Status(line));
        Assert.True(line.Level < LogEventLevel.Error, line.Level.ToString());
        Assert.Null(line.Exception);
    }

    [Fact]
    public async Task Production_over_plain_HTTP_logs_the_setting_to_fix_at_start_and_answers_with_the_portals_page()
    {
        var settings = new Dictionary<string, string> { ["Database__DataFolder"] = PortalFactory.NewDataFolder() };
        await using var process = await ChildPortal.StartAsync(PortalProcess.StartInfo(settings), ["http://127.0.0.1:0"], TimeSpan.FromSeconds(90));

        var warning = await process.WaitForLineAsync(l => l.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        Assert.Single(process.Output.Split('\n'), l => l.Contains("ASPNETCORE_FORWARDEDHEADERS_ENABLED", StringComparison.Ordinal));
        Assert.Contains("\"@l\":\"Warning\"", warning, StringComparison.Ordinal);

        using var http = new HttpClient { BaseAddress = process.Address("http") };
        var page = await http.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Equal("Alleen via een beveiligde verbinding", (await Html.ReadAsync(page)).Text("h1"));
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync(new Uri("/health", UriKind.Relative))).StatusCode);
    }

    /// <summary>A request carrying a valid antiforgery cookie and token, so only the method or the body can be what is refused.</summary>
    private static async Task<HttpRequestMessage> WithTokenAsync(HttpClient client, HttpMethod method, string path, string? body = null)
    {
        var home = await client.GetAsync("/", expectSuccess: true);
        var token = home.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (method != HttpMethod.Get && method.Method != "TRACE")
        {
            var content = body is null ? $"__RequestVerificationToken={Uri.EscapeDataString(token)}" : $"{body}&__RequestVerificationToken={Uri.EscapeDataString(token)}";
            request.Content = new StringContent(content, Encoding.UTF8, "application/x-www-form-urlencoded");
            request.Content.Headers.ContentType!.CharSet = null;
        }

        return request;
    }
}
