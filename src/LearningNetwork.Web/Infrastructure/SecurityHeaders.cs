namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// Security headers on every response — pages, error pages, static files and the API (reliability.md item 11).
/// The portal has no inline script or style (its one script, the project form's, is a file), so the policy is strict;
/// three screens that are not the portal's own get exactly what they need: the digest preview (a mail with inline
/// styles), the API reference and the job dashboard (their own inline scripts).
/// </summary>
internal static class SecurityHeaders
{
    public const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    private const string MailPreviewPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    private const string ToolPolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

    /// <summary>HSTS for a year, subdomains included: over HTTPS, outside Development, never for localhost.</summary>
    private const string StrictTransportSecurity = "max-age=31536000; includeSubDomains";

    /// <remarks>Set as the response starts, so headers cleared by an exception handler are there on error responses too.</remarks>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app, bool hsts) =>
        app.Use(async (context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                var path = context.Request.Path;
                headers.ContentSecurityPolicy =
                    path.StartsWithSegments("/account/digest/preview") ? MailPreviewPolicy
                    : path.StartsWithSegments("/scalar") || path.StartsWithSegments("/hangfire") ? ToolPolicy
                    : Policy;
                headers.XContentTypeOptions = "nosniff";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";
                headers["Cross-Origin-Opener-Policy"] = "same-origin";
                if (hsts && context.Request.IsHttps && !IsLocal(context.Request.Host.Host))
                {
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                }

                return Task.CompletedTask;
            });
            await next(context);
        });

    private static bool IsLocal(string host) => host is "localhost" or "127.0.0.1" or "[::1]" or "::1";
}
