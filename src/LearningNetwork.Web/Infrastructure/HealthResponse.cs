using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>A small JSON body for <c>/health</c>: the overall status and each check's, without exception details.</summary>
internal static class HealthResponse
{
    public static Task WriteAsync(HttpContext context, HealthReport report) =>
        context.Response.WriteAsJsonAsync(new
        {
            status = report.Status.ToString(),
            checks = report.Entries.ToDictionary(e => e.Key, e => e.Value.Status.ToString()),
        });
}
