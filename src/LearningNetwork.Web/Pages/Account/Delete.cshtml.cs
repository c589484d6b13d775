using LearningNetwork.Application.Accounts.DeleteMyAccount;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

public sealed class DeleteModel(ISender sender) : PageModel
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

        await sender.Send(new DeleteMyAccountCommand(Input.Password ?? string.Empty), cancellationToken);
        return RedirectToPage("/Account/Deleted");
    }

    public sealed class InputModel
    {
        public string? Password { get; set; }
    }
}
