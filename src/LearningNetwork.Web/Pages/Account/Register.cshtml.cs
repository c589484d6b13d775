using System.Globalization;
using LearningNetwork.Application.Accounts.Register;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

public sealed class RegisterModel(ISender sender) : PageModel
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

        await sender.Send(
            new RegisterCommand(
                Input.Email ?? string.Empty,
                Input.DisplayName ?? string.Empty,
                Input.Password ?? string.Empty,
                Input.ConfirmPassword ?? string.Empty,
                CultureInfo.CurrentUICulture.TwoLetterISOLanguageName),
            cancellationToken);
        return RedirectToPage("RegisterConfirmation");
    }

    public sealed class InputModel
    {
        public string? Email { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public string? ConfirmPassword { get; set; }
    }
}
