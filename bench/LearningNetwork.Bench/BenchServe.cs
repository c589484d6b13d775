using LearningNetwork.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.Bench;

/// <summary>
/// <c>serve</c>: the portal exactly as <c>LearningNetwork.Web</c> runs it, plus the <see cref="BaselineEndpoint"/>.
/// The benchmark starts this as the portal's process, so the product itself carries no benchmark code.
/// </summary>
internal static class BenchServe
{
    public static async Task<int> RunAsync(string[] args)
    {
        // The Razor Pages, the data-protection application name and the content root are the web project's.
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(PortalHost).Assembly.GetName().Name,
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        builder.AddPortal();
        builder.Services.AddTransient<IStartupFilter, BaselineEndpoint>();
        var app = builder.Build();
        return await app.RunPortalAsync(args);
    }
}
