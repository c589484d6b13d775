using LearningNetwork.Application.Municipalities;
using LearningNetwork.Application.Radar.GetCouplingRadar;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Radar;

/// <summary>
/// The coupling-window radar of a municipality (<c>?municipality=12</c>) or a province (<c>?province=noord-brabant</c>):
/// the works opening in the next three years and whether they are coupled yet. Without either, a choice of provinces.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public CouplingRadarDto? Radar { get; private set; }

    public static IReadOnlyList<Province> Provinces { get; } = Enum.GetValues<Province>();

    public async Task OnGetAsync(string? municipality, string? province, CancellationToken cancellationToken)
    {
        if (municipality is null && province is null)
        {
            return;
        }

        Radar = await sender.Send(
            new GetCouplingRadarQuery(
                FormValues.OptionalNumber(municipality),
                province is null ? null : MunicipalityRules.TryParseProvince(province, out var parsed) ? parsed : (Province)(-1)),
            cancellationToken);
    }

    /// <summary>A province as the address writes it: <c>noord-brabant</c>.</summary>
    public static string Slug(Province province) => System.Text.Json.JsonNamingPolicy.KebabCaseLower.ConvertName(province.ToString());
}
