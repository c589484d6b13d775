using System.Net;
using System.Text.Json;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests;

/// <summary>Exceptions from use cases reach API callers as problem details, never as a stack trace.</summary>
public sealed class ApiErrorMappingTests : IClassFixture<ApiErrorMappingTests.Factory>
{
    private readonly Factory _factory;

    public ApiErrorMappingTests(Factory factory) => _factory = factory;

    [Fact]
    public async Task Forbidden_is_a_403_problem()
    {
        var response = await _factory.CreatePortalClient().GetAsync(new Uri("/api/v1/test-forbidden", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task An_unexpected_failure_is_a_500_problem_without_details()
    {
        var response = await _factory.CreatePortalClient().GetAsync(new Uri("/api/v1/test-crash", UriKind.Relative));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(body);
        Assert.Equal(500, json.RootElement.GetProperty("status").GetInt32());
        Assert.DoesNotContain("secret", body, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", body, StringComparison.Ordinal);
    }

    public sealed class Factory : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, ThrowingEndpoints>());
        }
    }

    private sealed class ThrowingEndpoints : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map("/api/v1/test-forbidden", a => a.Run(_ => throw new ForbiddenException()));
            app.Map("/api/v1/test-crash", a => a.Run(_ => throw new InvalidOperationException("secret connection string")));
        };
    }
}
