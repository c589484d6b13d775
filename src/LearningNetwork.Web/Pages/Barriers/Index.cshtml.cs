using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Barriers;

public sealed class IndexModel(ISender sender) : PageModel
{
    public TaxonomyDto Taxonomy { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
}
