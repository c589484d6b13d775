using LearningNetwork.Application.Accounts.ChangeEmail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

public sealed class ChangeEmailModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool Sent { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return Page();
        }

        await sender.Send(new ChangeEmailCommand(Input.NewEmail ?? string.Empty, Input.CurrentPassword ?? string.Empty), cancellationToken);
        Sent = true;
        return Page();
    }

    public sealed class InputModel
    {
        public string? NewEmail { get; set; }

        public string? CurrentPassword { get; set; }
    }
}
