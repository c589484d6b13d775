using LearningNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

/// <summary>The page for 4xx answers (404, 403, 400, 405, ...), shown in the visitor's language.</summary>
/// <remarks>
/// It is re-executed with the method of the request that failed (TRACE, PUT, a post with a form that cannot be
/// read), so it has no handler to select and binds nothing: the code comes from the route only.
/// </remarks>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public string? OriginalPath { get; private set; }

    /// <summary>The request was refused for coming over plain HTTP (<see cref="RequestGuards"/>).</summary>
    public bool PlainHttp { get; private set; }

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
        var code = int.TryParse(RouteData.Values["code"]?.ToString(), out var routed) ? routed : 0;
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
        PlainHttp = HttpContext.Items.ContainsKey(RequestGuards.PlainHttpMarker);
    }
}
