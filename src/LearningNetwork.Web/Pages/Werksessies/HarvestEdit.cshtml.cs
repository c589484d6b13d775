using LearningNetwork.Application.Werksessies.GetHarvestForm;
using LearningNetwork.Application.Werksessies.SaveHarvest;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Werksessies;

/// <summary>
/// The harvest form: the organiser records it after the werksessie, those who took part add and correct for a week.
/// Without script: the rows so far and a few empty ones; rows left empty are not saved, and saving gives new empty rows.
/// </summary>
[Authorize]
public sealed class HarvestEditModel(ISender sender) : PageModel
{
    public const int EmptyEyeOpeners = 2;
    public const int EmptyRewordings = 1;
    public const int EmptyNextSteps = 2;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public HarvestFormDto Form { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetHarvestFormQuery(id), cancellationToken);
        Input = new InputModel
        {
            Version = Form.Version,
            Audience = Form.Audience.ToString(),
            EyeOpeners = [.. Form.EyeOpeners.Select(e => new EyeOpenerInputModel { Id = e.Id, ExperimentId = e.ExperimentId.ToString(System.Globalization.CultureInfo.InvariantCulture), Title = e.Title, Body = e.Body, Lessons = [.. e.Lessons], Consent = e.Consent })],
            // One's own municipality's rewordings; the others' are shown apart and stay as they are.
            Rewordings = [.. Form.Rewordings.Select(r => new RewordingInputModel { Id = r.Id, QuestionId = r.QuestionId.ToString(System.Globalization.CultureInfo.InvariantCulture), Text = r.Text, Note = r.Note })],
            NextSteps = [.. Form.NextSteps.Select(s => new NextStepInputModel { Id = s.Id, Description = s.Description, OwnerUserId = s.OwnerUserId, DueDate = s.DueDate })],
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        Form = await sender.Send(new GetHarvestFormQuery(id), cancellationToken);

        // Empty rows are no rows; what is left is shown again as sent, so a message stands at its own row.
        Input.EyeOpeners = [.. Input.EyeOpeners.Where(e => !e.IsEmpty)];
        Input.Rewordings = [.. Input.Rewordings.Where(r => !r.IsEmpty)];
        Input.NextSteps = [.. Input.NextSteps.Where(s => !s.IsEmpty)];
        ModelState.Clear();
        await sender.Send(
            new SaveHarvestCommand(
                id,
                Input.Version,
                FormValues.Enum<Visibility>(Input.Audience),
                [.. Input.EyeOpeners.Select(e => new EyeOpenerRow(e.Id, FormValues.OptionalNumber(e.ExperimentId) ?? 0, e.Title ?? string.Empty, e.Body ?? string.Empty, e.Lessons, e.Consent))],
                [.. Input.Rewordings.Select(r => new RewordingRow(r.Id, FormValues.OptionalNumber(r.QuestionId) ?? 0, r.Text ?? string.Empty, r.Note))],
                [.. Input.NextSteps.Select(s => new NextStepRow(s.Id, s.Description ?? string.Empty, s.OwnerUserId ?? string.Empty, s.DueDate ?? string.Empty))]),
            cancellationToken);
        TempData["Outcome"] = "HarvestSaved";
        return RedirectToPage("/Werksessies/Harvest", new { id });
    }

    /// <summary>The rows to show: those there are, then empty ones up to the most a harvest holds.</summary>
    public static IEnumerable<T> WithEmpty<T>(IReadOnlyList<T> rows, int empty, int max)
        where T : new() => rows.Concat(Enumerable.Range(0, Math.Max(0, Math.Min(empty, max - rows.Count))).Select(_ => new T()));

    public static int MaxEyeOpeners => WerksessieHarvest.MaxEyeOpeners;

    public static int MaxRewordings => WerksessieHarvest.MaxRewordings;

    public static int MaxNextSteps => WerksessieHarvest.MaxNextSteps;

    public sealed class InputModel
    {
        public int Version { get; set; }

        public string? Audience { get; set; }

        public List<EyeOpenerInputModel> EyeOpeners { get; set; } = [];

        public List<RewordingInputModel> Rewordings { get; set; } = [];

        public List<NextStepInputModel> NextSteps { get; set; } = [];
    }

    public sealed class EyeOpenerInputModel
    {
        public int Id { get; set; }

        public string? ExperimentId { get; set; }

        public string? Title { get; set; }

        public string? Body { get; set; }

        public List<int> Lessons { get; set; } = [];

        public bool Consent { get; set; }

        /// <summary>Ticked to take a saved row out.</summary>
        public bool Remove { get; set; }

        public bool IsEmpty => Remove || (Id == 0 && string.IsNullOrWhiteSpace(Title) && string.IsNullOrWhiteSpace(Body));
    }

    public sealed class RewordingInputModel
    {
        public int Id { get; set; }

        public string? QuestionId { get; set; }

        public string? Text { get; set; }

        public string? Note { get; set; }

        /// <summary>Ticked to take a saved row out.</summary>
        public bool Remove { get; set; }

        public bool IsEmpty => Remove || (Id == 0 && string.IsNullOrWhiteSpace(Text));
    }

    public sealed class NextStepInputModel
    {
        public int Id { get; set; }

        public string? Description { get; set; }

        public string? OwnerUserId { get; set; }

        public string? DueDate { get; set; }

        /// <summary>Ticked to take a saved row out.</summary>
        public bool Remove { get; set; }

        public bool IsEmpty => Remove || (Id == 0 && string.IsNullOrWhiteSpace(Description));
    }
}
