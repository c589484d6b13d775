using LearningNetwork.Application.Accounts.ResetPassword;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Pages.Account;

public sealed class ResetPasswordModel(ISender sender, IStringLocalizer<SharedResource> localizer) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet(string? email, string? token)
    {
        Input.Email = email;
        Input.Token = token;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var reset = await sender.Send(
            new ResetPasswordCommand(Input.Email ?? string.Empty, Input.Token ?? string.Empty, Input.Password ?? string.Empty, Input.ConfirmPassword ?? string.Empty),
            cancellationToken);
        if (!reset)
        {
            ModelState.AddModelError(string.Empty, localizer["ResetLinkInvalid"]);
            return Page();
        }

        return RedirectToPage("ResetPasswordConfirmation");
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? Token { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
