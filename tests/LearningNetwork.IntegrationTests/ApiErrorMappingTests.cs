using System.Net;
using System.Text.Json;
using LearningNetwork.IntegrationTests.Support;

namespace LearningNetwork.IntegrationTests;

/// <summary>Exceptions from use cases reach API callers as problem details, never as a stack trace.</summary>
public sealed class ApiErrorMappingTests(FailingRoutesFactory factory) : IClassFixture<FailingRoutesFactory>
{
    [Fact]
    public async Task Forbidden_is_a_403_problem()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri(FailingRoutesFactory.ApiForbidden, UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_details()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri(FailingRoutesFactory.ApiCrash, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain(FailingRoutesFactory.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Production_error_pages_show_no_stack_trace_or_SQL()
    {
        var response = await factory.CreatePortalClient().GetAsync(new Uri(FailingRoutesFactory.PageCrash, UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var page = await Html.ReadAsync(response);
        Assert.Equal("Er ging iets mis", page.Text("h1"));
        Assert.DoesNotContain(FailingRoutesFactory.Secret, body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }
}
