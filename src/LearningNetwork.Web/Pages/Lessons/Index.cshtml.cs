using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Lessons;

public sealed class IndexModel(ISender sender) : PageModel
{
    public IReadOnlyList<LessonDto> Lessons { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lessons = (await sender.Send(new GetTaxonomyQuery(), cancellationToken)).Lessons;
}
