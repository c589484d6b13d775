using LearningNetwork.Application.Following.ToggleFollow;
using LearningNetwork.Domain.Following;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

/// <summary>The follow buttons on lesson, barrier, theme, municipality and experiment pages post here, then go back.</summary>
[Authorize]
public sealed class FollowModel(ISender sender) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/Index", null, "follows");

    public async Task<IActionResult> OnPostAsync(string? kind, string? key, string? returnUrl, CancellationToken cancellationToken)
    {
        await sender.Send(new ToggleFollowCommand(FormValues.Enum<FollowKind>(kind), key ?? string.Empty), cancellationToken);
        return Url.IsLocalUrl(returnUrl) ? LocalRedirect(returnUrl) : RedirectToPage("/Account/Index", null, "follows");
    }
}
