using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

/// <summary>The page for unexpected errors outside Development: an apology and a reference, never details.</summary>
/// <remarks>Re-executed with the method of the request that failed, whatever it was: no handler, nothing bound.</remarks>
[IgnoreAntiforgeryToken]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
public sealed class ErrorModel : PageModel
{
    public string RequestId { get; private set; } = string.Empty;

    public override void OnPageHandlerSelected(PageHandlerSelectedContext context) =>
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
}
