using LearningNetwork.Application.Accounts.ChangePassword;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

public sealed class ChangePasswordModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Changed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await sender.Send(new ChangePasswordCommand(Input.CurrentPassword ?? string.Empty, Input.NewPassword ?? string.Empty, Input.ConfirmPassword ?? string.Empty), cancellationToken);
        Changed = true;
        return Page();
    }

    public sealed class InputModel
    {
        public string? CurrentPassword { get; set; }

        public string? NewPassword { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
