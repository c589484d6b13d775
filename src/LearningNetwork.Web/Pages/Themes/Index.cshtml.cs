using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Themes;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<ThemeDto> Themes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Themes = (await sender.Send(new GetTaxonomyQuery(), cancellationToken)).Themes;
}
