using LearningNetwork.Application.Accounts.Login;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Pages.Account;

public sealed class LoginModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var outcome = await sender.Send(new LoginCommand(Input.Email ?? string.Empty, Input.Password ?? string.Empty, Input.RememberMe), cancellationToken);
        switch (outcome)
        {
            case SignInOutcome.Succeeded:
                return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
            case SignInOutcome.RequiresTwoFactor:
                return RedirectToPage("LoginWithTwoFactor", new { returnUrl = ReturnUrl, rememberMe = Input.RememberMe });
            default:
                ModelState.AddModelError(string.Empty, localizer["LoginFailed"]);
                return Page();
        }
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}
