using System.Globalization;
using LearningNetwork.Application.Accounts.GetMyAccount;
using LearningNetwork.Application.Accounts.UpdateProfile;
using LearningNetwork.Application.Following.ListMyFollows;
using LearningNetwork.Application.Memberships.LeaveMunicipality;
using LearningNetwork.Application.Memberships.WithdrawMembershipRequest;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>My account: profile, municipality, and the ways to the other account pages.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public MyAccountDto Account { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Saved { get; set; }

    public IReadOnlyList<MyFollowDto> Follows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        Input = new InputModel { DisplayName = Account.DisplayName, JobTitle = Account.JobTitle, PreferredLanguage = Account.PreferredLanguage };
    }

    public async Task<IActionResult> OnPostProfileAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var language = Input.PreferredLanguage ?? string.Empty;
        await sender.Send(new UpdateProfileCommand(Input.DisplayName ?? string.Empty, Input.JobTitle, language), cancellationToken);
        CultureCookie.Write(HttpContext, language);
        Saved = "profile";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken cancellationToken)
    {
        await sender.Send(new WithdrawMembershipRequestCommand(), cancellationToken);
        Saved = "withdrawn";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostLeaveAsync(CancellationToken cancellationToken)
    {
        await LoadAsync(cancellationToken);
        await sender.Send(new LeaveMunicipalityCommand(), cancellationToken);
        Saved = "left";
        return RedirectToPage();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Account = await sender.Send(new GetMyAccountQuery(), cancellationToken);
        Follows = await sender.Send(new ListMyFollowsQuery(), cancellationToken);
    }

    public static string LanguageName(string language) =>
        CultureInfo.GetCultureInfo(language).NativeName;

    public sealed class InputModel
    {
        public string? DisplayName { get; set; }

        public string? JobTitle { get; set; }

        public string? PreferredLanguage { get; set; }
    }
}
