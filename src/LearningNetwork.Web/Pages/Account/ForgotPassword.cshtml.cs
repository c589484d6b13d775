using LearningNetwork.Application.Accounts.ForgotPassword;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

public sealed class ForgotPasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await sender.Send(new ForgotPasswordCommand(Input.Email ?? string.Empty), cancellationToken);
        return RedirectToPage("ForgotPasswordConfirmation");
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }
    }
}
