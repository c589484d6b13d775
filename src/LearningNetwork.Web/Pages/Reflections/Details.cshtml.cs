using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Moderation.ReportContent;
using LearningNetwork.Application.Reflections.AddComment;
using LearningNetwork.Application.Reflections.DeleteComment;
using LearningNetwork.Application.Reflections.EditComment;
using LearningNetwork.Application.Reflections.GetReflection;
using LearningNetwork.Application.Reflections.ModerateComment;
using LearningNetwork.Application.Reflections.ModerateReflection;
using LearningNetwork.Application.Reflections.ToggleRecognition;
using LearningNetwork.Domain.Moderation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Reflections;

/// <summary>One reflection with its comments: mark it recognisable, comment, report, and (admins) moderate.</summary>
public sealed class DetailsModel(ISender sender) : PageModel
{
    public ReflectionPageDto Reflection { get; private set; } = null!;

    /// <summary>The viewer's own comment being edited, if any.</summary>
    public int? EditingComment { get; private set; }

    /// <summary>Set after a report was received, to thank the reporter.</summary>
    public bool Reported { get; private set; }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public async Task OnGetAsync(int id, int? editComment, bool reported, CancellationToken cancellationToken)
    {
        Reflection = await sender.Send(new GetReflectionQuery(id), cancellationToken);
        EditingComment = Reflection.Comments.Any(c => c.Id == editComment && c.IsMine) ? editComment : null;
        Reported = reported;
    }

    public Task<IActionResult> OnPostRecogniseAsync(int id, CancellationToken cancellationToken) =>
        SignedInAsync(id, "recognise", () => sender.Send(new ToggleRecognitionCommand(id), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostCommentAsync(int id, CancellationToken cancellationToken) =>
        SignedInAsync(id, "comments", () => sender.Send(new AddCommentCommand(id, Input.Body ?? string.Empty), cancellationToken).AsTask(), cancellationToken);

    public Task<IActionResult> OnPostEditCommentAsync(int id, int commentId, CancellationToken cancellationToken) =>
        SignedInAsync(id, $"comment-{commentId}", () => sender.Send(new EditCommentCommand(id, commentId, Input.Body ?? string.Empty), cancellationToken).AsTask(), cancellationToken, editing: commentId);

    public Task<IActionResult> OnPostDeleteCommentAsync(int id, int commentId, CancellationToken cancellationToken) =>
        SignedInAsync(id, "comments", () => sender.Send(new DeleteCommentCommand(id, commentId), cancellationToken).AsTask(), cancellationToken);

    public async Task<IActionResult> OnPostReportAsync(int id, int? commentId, CancellationToken cancellationToken)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        Reflection = await sender.Send(new GetReflectionQuery(id), cancellationToken);
        var target = commentId is null ? ReportTarget.Reflection : ReportTarget.Comment;
        await sender.Send(new ReportContentCommand(target, commentId ?? id, Input.Reason ?? string.Empty), cancellationToken);
        return Redirect(Url.Page("/Reflections/Details", new { id, reported = true }) + "#reported");
    }

    public async Task<IActionResult> OnPostModerateAsync(int id, bool hide, CancellationToken cancellationToken)
    {
        Reflection = await sender.Send(new GetReflectionQuery(id), cancellationToken);
        await sender.Send(new ModerateReflectionCommand(id, hide, Input.Reason), cancellationToken);
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostModerateCommentAsync(int id, int commentId, bool hide, CancellationToken cancellationToken)
    {
        Reflection = await sender.Send(new GetReflectionQuery(id), cancellationToken);
        await sender.Send(new ModerateCommentCommand(commentId, hide, Input.Reason), cancellationToken);
        return Redirect(Url.Page("/Reflections/Details", new { id }) + $"#comment-{commentId}");
    }

    /// <summary>
    /// Runs the command, which checks who may do it. Only a refused command needs the page (shown again with the
    /// errors): it is loaded then, not on every post, as a reflection may carry thousands of comments.
    /// </summary>
    private async Task<IActionResult> SignedInAsync(int id, string anchor, Func<Task> command, CancellationToken cancellationToken, int? editing = null)
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        try
        {
            await command();
        }
        catch (Exception refused) when (refused is ValidationException or ConflictException)
        {
            Reflection = await sender.Send(new GetReflectionQuery(id), cancellationToken);
            EditingComment = editing;
            throw;
        }

        return Redirect(Url.Page("/Reflections/Details", new { id }) + "#" + anchor);
    }

    public sealed class InputModel
    {
        public string? Body { get; set; }

        public string? Reason { get; set; }
    }
}
