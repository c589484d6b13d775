using System.Globalization;
using LearningNetwork.Application.Werksessies.GetWerksessie;
using LearningNetwork.Application.Werksessies.GetWerksessieDraft;
using LearningNetwork.Application.Werksessies.ProposeWerksessie;
using LearningNetwork.Application.Werksessies.RescheduleWerksessie;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Werksessies;

/// <summary>
/// Propose a werksessie about a barrier (no id: from the matches on a project, barrier or municipality page), or, for
/// its organiser, change its title, time, place or agenda.
/// </summary>
[Authorize]
public sealed class EditModel(ISender sender, TimeProvider clock) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public int? Id { get; private set; }

    /// <summary>What a new werksessie starts from: the barrier, who could come, the agenda. Null when changing one.</summary>
    public WerksessieDraftDto? Draft { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, int barrier, int? experiment, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            var werksessie = await sender.Send(new GetWerksessieQuery(existing), cancellationToken);
            if (!werksessie.CanChange)
            {
                return StatusCode(StatusCodes.Status403Forbidden);
            }

            Input = new InputModel
            {
                Title = werksessie.Title,
                Date = werksessie.Date,
                StartTime = werksessie.StartTime,
                EndTime = werksessie.EndTime,
                Online = werksessie.Online,
                Location = werksessie.Location,
                Agenda = werksessie.AgendaMarkdown,
            };
            return Page();
        }

        Draft = await sender.Send(new GetWerksessieDraftQuery(barrier, experiment), cancellationToken);
        Input = new InputModel
        {
            Title = Draft.Title,
            Date = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).AddDays(14).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            StartTime = "14:00",
            EndTime = "16:00",
            Online = true,
            Agenda = Draft.Agenda,
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, int barrier, int? experiment, CancellationToken cancellationToken)
    {
        Id = id;
        if (id is { } existing)
        {
            await sender.Send(
                new RescheduleWerksessieCommand(existing, Input.Title ?? string.Empty, Input.Date ?? string.Empty, Input.StartTime ?? string.Empty, Input.EndTime ?? string.Empty, Input.Online, Input.Location, Input.Agenda ?? string.Empty),
                cancellationToken);
            return RedirectToPage("/Werksessies/Details", new { id = existing });
        }

        Draft = await sender.Send(new GetWerksessieDraftQuery(barrier, experiment), cancellationToken);
        var created = await sender.Send(
            new ProposeWerksessieCommand(
                Draft.BarrierNumber,
                Draft.ExperimentId,
                Draft.QuestionId,
                Input.Title ?? string.Empty,
                Input.Date ?? string.Empty,
                Input.StartTime ?? string.Empty,
                Input.EndTime ?? string.Empty,
                Input.Online,
                Input.Location,
                Input.Agenda ?? string.Empty,
                Input.Invitees.Where(i => !string.IsNullOrWhiteSpace(i)).ToList()),
            cancellationToken);
        return RedirectToPage("/Werksessies/Details", new { id = created });
    }

    public sealed class InputModel
    {
        public string? Title { get; set; }

        public string? Date { get; set; }

        public string? StartTime { get; set; }

        public string? EndTime { get; set; }

        public bool Online { get; set; }

        public string? Location { get; set; }

        public string? Agenda { get; set; }

        public List<string> Invitees { get; set; } = [];
    }
}
