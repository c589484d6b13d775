using LearningNetwork.Application.Following.GetWhatsNew;
using LearningNetwork.Application.Insights;
using LearningNetwork.Application.Insights.GetLessonThemeMatrix;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTaxonomy;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

public sealed class IndexModel(ISender sender) : PageModel
{
    public TaxonomyDto Taxonomy { get; private set; } = null!;

    public WhatsNewDto News { get; private set; } = null!;

    public MatrixDto LessonsByTheme { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Taxonomy = await sender.Send(new GetTaxonomyQuery(), cancellationToken);
        News = await sender.Send(new GetWhatsNewQuery(), cancellationToken);
        LessonsByTheme = await sender.Send(new GetLessonThemeMatrixQuery(), cancellationToken);
    }
}
