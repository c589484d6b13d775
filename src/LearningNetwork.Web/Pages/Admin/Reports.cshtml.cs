using LearningNetwork.Application.Moderation.DismissReports;
using LearningNetwork.Application.Moderation.ListOpenReports;
using LearningNetwork.Application.Reflections.ModerateComment;
using LearningNetwork.Application.Reflections.ModerateReflection;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin;

/// <summary>The moderation queue: reported reflections and comments; hide one with a reason, or dismiss the reports.</summary>
public sealed class ReportsModel(ISender sender) : PageModel
{
    public IReadOnlyList<ReportedItemDto> Items { get; private set; } = [];

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Items = await sender.Send(new ListOpenReportsQuery(), cancellationToken);

    public async Task<IActionResult> OnPostHideAsync(string? target, int targetId, CancellationToken cancellationToken)
    {
        Items = await sender.Send(new ListOpenReportsQuery(), cancellationToken);
        if (FormValues.Enum<ReportTarget>(target) == ReportTarget.Comment)
        {
            await sender.Send(new ModerateCommentCommand(targetId, true, Input.Reason), cancellationToken);
        }
        else
        {
            await sender.Send(new ModerateReflectionCommand(targetId, true, Input.Reason), cancellationToken);
        }

        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDismissAsync(string? target, int targetId, CancellationToken cancellationToken)
    {
        Items = await sender.Send(new ListOpenReportsQuery(), cancellationToken);
        await sender.Send(new DismissReportsCommand(FormValues.Enum<ReportTarget>(target), targetId), cancellationToken);
        return RedirectToPage();
    }

    public sealed class InputModel
    {
        public string? Reason { get; set; }
    }
}
