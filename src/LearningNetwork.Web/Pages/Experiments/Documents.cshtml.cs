using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using LearningNetwork.Application.Experiments.AddDocument;
using LearningNetwork.Application.Experiments.RemoveDocument;
using LearningNetwork.Application.Experiments.ListDocuments;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>
/// The documents of a project's case record, for members of its municipality: add a plan, a council letter or a photo
/// (at most 10 MB, checked by its content), or remove one. The form takes a little more than the limit, so a file just
/// over it gets the form's message rather than the server's refusal.
/// </summary>
[Authorize]
[RequestSizeLimit(FormLimit)]
[RequestFormLimits(MultipartBodyLengthLimit = FormLimit)]
public sealed class DocumentsModel(ISender sender) : PageModel
{
    public const int FormLimit = 4 * ExperimentDocument.MaxBytes;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ProjectDocumentsDto Project { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await sender.Send(new AddDocumentCommand(id, Input.Content?.FileName ?? string.Empty, Input.Caption, await ReadAsync(Input.Content, cancellationToken)), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, int documentId, CancellationToken cancellationToken)
    {
        await sender.Send(new RemoveDocumentCommand(id, documentId), cancellationToken);
        return RedirectToPage(new { id });
    }

    // At most one byte over the limit is read: enough for the use case to say the file is too large.
    private static async Task<byte[]> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null)
        {
            return [];
        }

        var buffer = new byte[(int)Math.Min(file.Length, ExperimentDocument.MaxBytes + 1L)];
        await using var stream = file.OpenReadStream();
        await stream.ReadExactlyAsync(buffer, cancellationToken);
        return buffer;
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Project = await sender.Send(new ListDocumentsQuery(id), cancellationToken);
        return Project.CanEdit;
    }

    public sealed class InputModel
    {
        public IFormFile? Content { get; set; }

        public string? Caption { get; set; }
    }
}
