using LearningNetwork.Application.Digests.PreviewDigest;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>
/// The next digest as it would be sent now: the mail's own HTML (or its plain text), so what you see is what
/// arrives. With nothing new the page says that no mail would go out.
/// </summary>
public sealed class DigestPreviewModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string? format, CancellationToken cancellationToken)
    {
        var digest = await sender.Send(new PreviewDigestQuery(), cancellationToken);
        if (digest.Items == 0)
        {
            return Page();
        }

        return string.Equals(format, "text", StringComparison.OrdinalIgnoreCase)
            ? Content(digest.Text, "text/plain; charset=utf-8")
            : Content(digest.Html, "text/html; charset=utf-8");
    }
}
