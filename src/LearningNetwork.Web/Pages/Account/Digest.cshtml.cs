using LearningNetwork.Application.Digests.GetDigestSettings;
using LearningNetwork.Application.Digests.SaveDigestSettings;
using LearningNetwork.Application.Digests.SendTestDigest;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>The weekly digest: on or off, its language, what it follows, a preview of the next one, and that preview as a test mail now.</summary>
public sealed class DigestModel(ISender sender) : PageModel
{
    public DigestSettingsDto Settings { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public bool Saved { get; set; }

    /// <summary>The address a test digest just went to, shown once after the redirect.</summary>
    [TempData]
    public string? TestSentTo { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Settings = await sender.Send(new GetDigestSettingsQuery(), cancellationToken);
        Input = new InputModel { WeeklyDigest = Settings.WeeklyDigest, Language = Settings.Language };
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Settings = await sender.Send(new GetDigestSettingsQuery(), cancellationToken);
        await sender.Send(new SaveDigestSettingsCommand(Input.WeeklyDigest, Input.Language ?? string.Empty), cancellationToken);
        Saved = true;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostTestAsync(CancellationToken cancellationToken)
    {
        TestSentTo = await sender.Send(new SendTestDigestCommand(), cancellationToken);
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public bool WeeklyDigest { get; set; }

        public string? Language { get; set; }
    }
}
