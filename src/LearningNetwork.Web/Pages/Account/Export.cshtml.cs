using System.Text.Json;
using System.Text.Json.Serialization;
using LearningNetwork.Application.Accounts.ExportMyData;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Account;

/// <summary>Download my data: everything the portal holds about and by me, as a JSON file.</summary>
public sealed class ExportModel(ISender sender) : PageModel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetDownloadAsync(CancellationToken cancellationToken)
    {
        var export = await sender.Send(new ExportMyDataQuery(), cancellationToken);
        var bytes = JsonSerializer.SerializeToUtf8Bytes(export, Json);
        return File(bytes, "application/json", $"leernetwerk-koppelkansen-mijn-gegevens-{export.ExportedAtUtc:yyyy-MM-dd}.json");
    }
}
