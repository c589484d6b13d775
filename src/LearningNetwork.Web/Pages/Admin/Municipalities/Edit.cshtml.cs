using LearningNetwork.Application.Municipalities.GetMunicipality;
using LearningNetwork.Application.Municipalities.SaveMunicipality;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin.Municipalities;

/// <summary>Network admins add a municipality (no id) or edit one.</summary>
public sealed class EditModel(ISender sender) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    public static IReadOnlyList<Province> Provinces { get; } = Enum.GetValues<Province>();

    public async Task OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var municipality = await sender.Send(new GetMunicipalityQuery(existing), cancellationToken);
            Input = new InputModel
            {
                Name = municipality.Name,
                CbsCode = municipality.CbsCode,
                Province = municipality.Province.ToString(),
                EmailDomains = string.Join(", ", municipality.EmailDomains),
                AutoApproveEmailDomains = municipality.AutoApproveEmailDomains,
            };
        }
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken cancellationToken)
    {
        Id = id;
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var saved = await sender.Send(
            new SaveMunicipalityCommand(id, Input.Name ?? string.Empty, Input.CbsCode ?? string.Empty, Input.Province ?? string.Empty, Input.EmailDomains, Input.AutoApproveEmailDomains),
            cancellationToken);
        return RedirectToPage("/Municipalities/Details", new { id = saved });
    }

    public sealed class InputModel
    {
        public string? Name { get; set; }

        public string? CbsCode { get; set; }

        public string? Province { get; set; }

        public string? EmailDomains { get; set; }

        public bool AutoApproveEmailDomains { get; set; }
    }
}
