using System.Text;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.Net.Http.Headers;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// Requests the portal cannot serve are answered with a status and the portal's own status page, never an
/// exception: a method a page has no handler for (405 with <c>Allow</c>), a form in a character set .NET cannot read
/// safely, such as UTF-7 (415), a form that cannot be read (400), and a page asked for over plain HTTP outside Development, where
/// the Secure cookies cannot work.
/// </summary>
internal static partial class RequestGuards
{
    /// <summary>Set on a request refused for coming over plain HTTP, for the status page's text.</summary>
    public static readonly object PlainHttpMarker = new();

    /// <summary>
    /// Every page answers GET and HEAD, and the methods it has handlers for; routing answers any other method with
    /// 405 and an <c>Allow</c> header. The status and error pages are exempt: they are re-executed with the method
    /// of the request that failed.
    /// </summary>
    public static void AllowOnlyHandledMethods(PageApplicationModel page)
    {
        if (page.ViewEnginePath is "/StatusCode" or "/Error")
        {
            return;
        }

        var methods = new SortedSet<string>(StringComparer.Ordinal) { HttpMethods.Get, HttpMethods.Head };
        foreach (var handler in page.HandlerMethods)
        {
            methods.Add(handler.HttpMethod.ToUpperInvariant());
        }

        page.EndpointMetadata.Add(new HttpMethodMetadata(methods));
    }

    /// <summary>Reads a posted form once, up front: one that cannot be read is a 400 (415 for its character set) before anything else looks at it.</summary>
    public static IApplicationBuilder UseFormGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.HasFormContentType && !IsStatusPage(context))
            {
                if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && type.Charset.HasValue && !Readable(type.Charset.Value!))
                {
                    context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                    return;
                }

                try
                {
                    await request.ReadFormAsync(context.RequestAborted);
                }
                catch (Exception exception) when (exception is InvalidDataException or IOException or BadHttpRequestException or System.Text.DecoderFallbackException)
                {
                    if (context.RequestAborted.IsCancellationRequested)
                    {
                        throw;
                    }

                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }

            await next(context);
        });

    /// <summary>
    /// Outside Development the cookies are Secure: over plain HTTP no form could work. Such a page request gets the
    /// status page saying so (400), and the start-up log says which setting fixes it. <c>/health</c> stays open to probes.
    /// </summary>
    public static IApplicationBuilder UsePlainHttpGuard(this WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetService<Microsoft.AspNetCore.Hosting.Server.IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var forwarded = string.Equals(app.Configuration["FORWARDEDHEADERS_ENABLED"], "true", StringComparison.OrdinalIgnoreCase);
            if (!forwarded && addresses.Count > 0 && addresses.All(a => a.StartsWith("http://", StringComparison.OrdinalIgnoreCase)))
            {
                PlainHttpOnly(app.Logger, string.Join(", ", addresses));
            }
        });

        return app.Use(async (context, next) =>
        {
            if (!context.Request.IsHttps && !context.Request.Path.StartsWithSegments("/health") && !IsStatusPage(context))
            {
                context.Items[PlainHttpMarker] = true;
                context.Response.StatusCode = StatusCodes.Status400BadRequest;
                return;
            }

            await next(context);
        });
    }

    /// <summary>A character set .NET decodes safely (UTF-8, US-ASCII, Latin-1, UTF-16, …); UTF-7 is refused as unsafe.</summary>
    private static bool Readable(string charset)
    {
        try
        {
            return Encoding.GetEncoding(charset.Trim('"')).CodePage != Utf7CodePage;
        }
        catch (Exception exception) when (exception is ArgumentException or NotSupportedException)
        {
            return false;
        }
    }

    private const int Utf7CodePage = 65000;

    /// <summary>The status page re-executed for a refused request: it is shown, not refused again.</summary>
    private static bool IsStatusPage(HttpContext context) => context.Features.Get<IStatusCodeReExecuteFeature>() is not null;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The portal listens on plain HTTP only ({Addresses:l}) outside Development, where its cookies need HTTPS: every page will answer 400. Serve HTTPS, or behind a TLS-terminating proxy set ASPNETCORE_FORWARDEDHEADERS_ENABLED=true (see infra/README.md).")]
    private static partial void PlainHttpOnly(ILogger logger, string addresses);
}
