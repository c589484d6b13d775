using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Net.Http.Headers;
using LearningNetwork.Application.Experiments.GetDocument;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>
/// A document's bytes, for whoever may read its project (404 otherwise, as for the project). Served under the type its
/// content showed (with the portal's security headers); a photo opens in place, everything else downloads. Kept by the
/// browser for a short while only, as a project can be hidden or deleted.
/// </summary>
public sealed class DocumentFileModel(ISender sender) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, int documentId, string? variant, CancellationToken cancellationToken)
    {
        var display = variant switch
        {
            null => false,
            "display" => true,
            _ => (bool?)null,
        };
        if (display is null)
        {
            return NotFound();
        }

        var file = await sender.Send(new GetDocumentQuery(id, documentId, display.Value ? DocumentVariant.Display : DocumentVariant.Original), cancellationToken);
        Response.Headers.CacheControl = "private, max-age=300";
        var disposition = new ContentDispositionHeaderValue(file.Type is DocumentType.Jpeg or DocumentType.Png ? "inline" : "attachment");
        disposition.SetHttpFileName(file.FileName);
        Response.Headers.ContentDisposition = disposition.ToString();
        return File(file.Bytes, file.ContentType);
    }
}
