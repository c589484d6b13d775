using LearningNetwork.Application.Accounts.ConfirmEmailChange;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>The link in the mail to the new address; the button makes the change (nothing changes on GET).</summary>
public sealed class ConfirmEmailChangeModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Email { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool? Confirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Confirmed = await sender.Send(new ConfirmEmailChangeCommand(UserId ?? string.Empty, Email ?? string.Empty, Token ?? string.Empty), cancellationToken);
        return Page();
    }
}
