using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Application.Taxonomy.GetTheme;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Themes;

public sealed class DetailsModel(ISender sender) : PageModel
{
    public ThemeDto Theme { get; private set; } = null!;

    public async Task OnGetAsync(string key, CancellationToken cancellationToken) =>
        Theme = await sender.Send(new GetThemeQuery(key), cancellationToken);
}
