using LearningNetwork.Application.Municipalities.ListMunicipalities;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Municipalities;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<MunicipalityDto> Municipalities { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Municipalities = await sender.Send(new ListMunicipalitiesQuery(null), cancellationToken);
}
