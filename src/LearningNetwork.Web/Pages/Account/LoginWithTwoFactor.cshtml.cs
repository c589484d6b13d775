using LearningNetwork.Application.Accounts.LoginWithTwoFactor;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>The second sign-in step for accounts with two-factor sign-in: a code from the app, or a recovery code.</summary>
public sealed class LoginWithTwoFactorModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var signedIn = await sender.Send(new LoginWithTwoFactorCommand(Input.Code ?? string.Empty, Input.UseRecoveryCode, RememberMe), cancellationToken);
        if (!signedIn)
        {
            ModelState.AddModelError(string.Empty, localizer["TwoFactorLoginFailed"]);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }

        public bool UseRecoveryCode { get; set; }
    }
}
