using LearningNetwork.Application.Insights.GetInsights;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages;

/// <summary>Where the network stands: barriers × themes with the share overcome, and what still blocks most municipalities.</summary>
public sealed class InsightsModel(ISender sender) : PageModel
{
    public InsightsDto Insights { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Insights = await sender.Send(new GetInsightsQuery(), cancellationToken);
}
