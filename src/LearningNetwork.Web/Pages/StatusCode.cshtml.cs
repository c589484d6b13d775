using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

/// <summary>The page for 4xx answers (404, 403, 400, ...), shown in the visitor's language.</summary>
[IgnoreAntiforgeryToken]
public sealed class StatusCodeModel : PageModel
{
    public int Code { get; private set; }

    public string? OriginalPath { get; private set; }

    // From the route only: a re-executed post keeps its form, which must not decide the code (nor fail to).
    public void OnGet([FromRoute] int code) => Show(code);

    public void OnPost([FromRoute] int code) => Show(code);

    private void Show(int code)
    {
        Code = code is >= 400 and <= 599 ? code : StatusCodes.Status404NotFound;
        Response.StatusCode = Code;
        OriginalPath = HttpContext.Features.Get<IStatusCodeReExecuteFeature>()?.OriginalPath;
    }
}
