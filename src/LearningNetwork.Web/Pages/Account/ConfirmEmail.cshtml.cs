using LearningNetwork.Application.Accounts.ConfirmEmail;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>
/// The link in the confirmation mail opens this page; the button confirms. Nothing changes on GET, so a mail
/// scanner that follows links cannot confirm an address on someone's behalf.
/// </summary>
public sealed class ConfirmEmailModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? UserId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    public bool? Confirmed { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Confirmed = await sender.Send(new ConfirmEmailCommand(UserId ?? string.Empty, Token ?? string.Empty), cancellationToken);
        return Page();
    }
}
