using LearningNetwork.Domain.Common;
using LearningNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

/// <summary>The language switch: remembers the choice in the culture cookie and goes back to the page.</summary>
public sealed class LanguageModel : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/");

    public IActionResult OnPost(string? culture, string? returnUrl)
    {
        if (Languages.IsSupported(culture))
        {
            CultureCookie.Write(HttpContext, culture!);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
