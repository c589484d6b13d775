using LearningNetwork.Application.Common.Exceptions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>
/// The portal plus a few routes that fail on purpose, appended behind its own pipeline so they pass through
/// its real error handling: a page-side crash, API-side forbidden and crash, and a page that answers only when the
/// client has given up.
/// </summary>
public sealed class FailingRoutesFactory : PortalFactory
{
    public const string PageCrash = "/throw-for-test";
    public const string ApiForbidden = "/api/v1/test-forbidden";
    public const string ApiCrash = "/api/v1/test-crash";
    public const string Slow = "/test-slow";
    public const string Secret = "SELECT secret FROM AspNetUsers";

    /// <summary>What the portal logged, the request log included.</summary>
    public LogCapture Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Serilog:MinimumLevel:Override:Serilog.AspNetCore.RequestLoggingMiddleware", "Information");
        builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, FailingRoutes>().AddSingleton<Serilog.Core.ILogEventSink>(Log));
    }

    private sealed class FailingRoutes : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            next(app);
            app.Map(PageCrash, a => a.Run(_ => throw new InvalidOperationException(Secret)));
            app.Map(ApiForbidden, a => a.Run(_ => throw new ForbiddenException()));
            app.Map(ApiCrash, a => a.Run(_ => throw new InvalidOperationException(Secret)));
            app.Map(Slow, a => a.Run(context => Task.Delay(Timeout.Infinite, context.RequestAborted)));
        };
    }
}
