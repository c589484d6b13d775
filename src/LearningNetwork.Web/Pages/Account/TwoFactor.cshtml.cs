using LearningNetwork.Application.Accounts.DisableTwoFactor;
using LearningNetwork.Application.Accounts.EnableTwoFactor;
using LearningNetwork.Application.Accounts.GetTwoFactorState;
using LearningNetwork.Application.Accounts.StartTwoFactorSetup;
using LearningNetwork.Application.Common.Interfaces;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>Two-factor sign-in with an authenticator app (Identity's own TOTP): set up, recovery codes, turn off.</summary>
public sealed class TwoFactorModel(ISender sender) : PageModel
{
    public TwoFactorState State { get; private set; } = null!;

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        State = await sender.Send(new GetTwoFactorStateQuery(), cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        State = await sender.Send(new GetTwoFactorStateQuery(), cancellationToken);
        RecoveryCodes = await sender.Send(new EnableTwoFactorCommand(Input.Code ?? string.Empty), cancellationToken);
        State = await sender.Send(new GetTwoFactorStateQuery(), cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostSetupAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new StartTwoFactorSetupCommand(), cancellationToken);
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        State = await sender.Send(new GetTwoFactorStateQuery(), cancellationToken);
        await sender.Send(new DisableTwoFactorCommand(Input.Password ?? string.Empty), cancellationToken);
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public string? Code { get; set; }

        public string? Password { get; set; }
    }
}
