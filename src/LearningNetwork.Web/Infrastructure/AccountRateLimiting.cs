using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>The <c>RateLimiting</c> configuration section.</summary>
public sealed class RateLimitingOptions
{
    public const string SectionName = "RateLimiting";

    /// <summary>Form posts per client address per window on sign-in, registration and password reset.</summary>
    public int AccountPermitLimit { get; set; } = 10;

    public int AccountWindowSeconds { get; set; } = 60;
}

/// <summary>
/// The framework's rate limiter on the account forms: a fixed window per client address for POSTs (reading a
/// form is never limited). A refusal is 429 with Retry-After and the page in the visitor's language.
/// </summary>
internal static class AccountRateLimiting
{
    public const string Policy = "account";

    public static IServiceCollection AddAccountRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RateLimitingOptions>(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("read");
                }

                var options = context.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(
                    context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = options.AccountPermitLimit,
                        Window = TimeSpan.FromSeconds(options.AccountWindowSeconds),
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = (context, _) =>
            {
                var window = context.HttpContext.RequestServices.GetRequiredService<IOptions<RateLimitingOptions>>().Value.AccountWindowSeconds;
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(window);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }
}
