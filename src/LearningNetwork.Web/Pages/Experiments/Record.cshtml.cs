using System.Text.RegularExpressions;
using LearningNetwork.Application.Experiments;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Experiments.SaveCaseRecord;
using LearningNetwork.Application.Municipalities.GetMunicipality;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>
/// The project's full case record, for members of its municipality: timing (months per phase, the works it couples
/// to), money, law and contracts, and who is involved. Everything optional; empty rows are no rows.
/// </summary>
[Authorize]
public sealed partial class RecordModel(ISender sender) : PageModel
{
    public const int EmptyWorks = 2;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public ExperimentDetailDto Current { get; private set; } = null!;

    public IReadOnlyList<MunicipalityPersonDto> Members { get; private set; } = [];

    /// <summary>The page shown again after someone else saved the project meanwhile (409).</summary>
    public bool Conflict => ViewData[MediatorExceptionPageFilter.ConflictKey] is true;

    private Func<string, string>? _errorKeys;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        Input = InputModel.From(Current);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        var works = Input.Works.Select((w, i) => (Row: w, Index: i)).Where(w => !w.Row.IsEmpty).ToList();
        var funding = Input.Funding.Select((f, i) => (Row: f, Index: i)).Where(f => f.Row.Selected).ToList();
        _errorKeys = key => Rekey(key, "Works", works.Select(w => w.Index).ToList(), Rekey(key, "Funding", funding.Select(f => f.Index).ToList(), key));
        await sender.Send(
            new SaveCaseRecordCommand(
                id,
                Input.Version,
                [.. Input.Phases.Select(p => new PhaseInput(FormValues.Enum<ExperimentStatus>(p.Phase), p.PlannedFrom, p.PlannedTo, p.ActualFrom, p.ActualTo))],
                [.. works.Select(w => new WorkInput(FormValues.Enum<WorkKind>(w.Row.Kind), w.Row.Description ?? string.Empty, w.Row.Owner, w.Row.WindowFrom, w.Row.WindowTo, w.Row.Coupled))],
                string.IsNullOrWhiteSpace(Input.Costs) ? null : FormValues.Enum<CostRange>(Input.Costs),
                [.. funding.Select(f => new Funding(FormValues.Enum<FundingSource>(f.Row.Source), f.Row.Name))],
                Input.UnprofitableTopPerHome,
                Input.StructuralBudget,
                [.. Input.Legal.Where(l => !string.IsNullOrWhiteSpace(l.Effect)).Select(l => new LegalItem(FormValues.Enum<LegalInstrument>(l.Instrument), FormValues.Enum<InstrumentEffect>(l.Effect)))],
                Input.LegalNote,
                [.. Input.Departments.Select(FormValues.Enum<Department>)],
                string.IsNullOrWhiteSpace(Input.OwningDepartment) ? null : FormValues.Enum<Department>(Input.OwningDepartment),
                [.. Input.Roles.Select(FormValues.Enum<OutsideRole>)],
                [.. Input.Contacts.Where(c => !string.IsNullOrWhiteSpace(c))]),
            cancellationToken);
        return Redirect($"/experiments/{id}#record");
    }

    public override void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
        if (_errorKeys is not null)
        {
            FormErrors.Rekey(ModelState, _errorKeys);
        }
    }

    /// <summary>The works rows to show: those there are (as sent, so a message stands at its own row), then empty ones.</summary>
    public IReadOnlyList<WorkRow> WorkRows()
    {
        var trailing = Input.Works.AsEnumerable().Reverse().TakeWhile(w => w.IsEmpty).Count();
        var add = Math.Max(0, Math.Min(EmptyWorks - trailing, CaseRecord.MaxWorks - Input.Works.Count));
        Input.Works.AddRange(Enumerable.Range(0, add).Select(_ => new WorkRow()));
        return Input.Works;
    }

    /// <summary>An error of the command's n-th row of a list, at the form's row it came from.</summary>
    private static string Rekey(string key, string list, IReadOnlyList<int> formIndex, string otherwise)
    {
        var match = RowKey().Match(key);
        return match.Success && match.Groups["list"].Value == list && int.TryParse(match.Groups["index"].Value, out var n) && n < formIndex.Count
            ? $"{match.Groups["prefix"].Value}{list}[{formIndex[n]}]{match.Groups["rest"].Value}"
            : otherwise;
    }

    [GeneratedRegex(@"^(?<prefix>Input\.)(?<list>\w+)\[(?<index>\d+)\](?<rest>.*)$")]
    private static partial Regex RowKey();

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Current = await sender.Send(new GetExperimentQuery(id), cancellationToken);
        if (!Current.CanEdit)
        {
            return false;
        }

        Members = (await sender.Send(new GetMunicipalityQuery(Current.MunicipalityId), cancellationToken)).People;
        return true;
    }

    public sealed class InputModel
    {
        public int Version { get; set; }

        public List<PhaseRow> Phases { get; set; } = [];

        public List<WorkRow> Works { get; set; } = [];

        public string? Costs { get; set; }

        public List<FundingRow> Funding { get; set; } = [];

        public string? UnprofitableTopPerHome { get; set; }

        public bool StructuralBudget { get; set; }

        public List<LegalRow> Legal { get; set; } = [];

        public string? LegalNote { get; set; }

        public List<string> Departments { get; set; } = [];

        public string? OwningDepartment { get; set; }

        public List<string> Roles { get; set; } = [];

        public List<string> Contacts { get; set; } = [];

        /// <summary>The form as the record stands: a row per phase, per source of money and per instrument.</summary>
        public static InputModel From(ExperimentDetailDto experiment)
        {
            var record = experiment.Record;
            return new InputModel
            {
                Version = experiment.Version,
                Phases = [.. CaseRecord.DatedPhases.Select(phase => record.Phases.SingleOrDefault(p => p.Phase == phase) is { } p
                    ? new PhaseRow { Phase = phase.ToString(), PlannedFrom = CaseRecordMonths.Format(p.PlannedFrom), PlannedTo = CaseRecordMonths.Format(p.PlannedTo), ActualFrom = CaseRecordMonths.Format(p.ActualFrom), ActualTo = CaseRecordMonths.Format(p.ActualTo) }
                    : new PhaseRow { Phase = phase.ToString() })],
                Works = [.. record.Works.Select(w => new WorkRow { Kind = w.Kind.ToString(), Description = w.Description, Owner = w.Owner, WindowFrom = CaseRecordMonths.Format(w.WindowFrom), WindowTo = CaseRecordMonths.Format(w.WindowTo), Coupled = w.Coupled })],
                Costs = record.Costs?.ToString(),
                Funding = [.. Enum.GetValues<FundingSource>().Select(source => record.Funding.SingleOrDefault(f => f.Source == source) is { } f
                    ? new FundingRow { Source = source.ToString(), Selected = true, Name = f.Name }
                    : new FundingRow { Source = source.ToString() })],
                UnprofitableTopPerHome = record.UnprofitableTopPerHome?.ToString(System.Globalization.CultureInfo.InvariantCulture),
                StructuralBudget = record.StructuralBudget,
                Legal = [.. Enum.GetValues<LegalInstrument>().Select(instrument => new LegalRow { Instrument = instrument.ToString(), Effect = record.Legal.SingleOrDefault(l => l.Instrument == instrument)?.Effect.ToString() })],
                LegalNote = record.LegalNote,
                Departments = [.. record.Departments.Select(d => d.ToString())],
                OwningDepartment = record.OwningDepartment?.ToString(),
                Roles = [.. record.Roles.Select(r => r.ToString())],
                Contacts = [.. record.ContactUserIds],
            };
        }
    }

    public sealed class PhaseRow
    {
        public string? Phase { get; set; }

        public string? PlannedFrom { get; set; }

        public string? PlannedTo { get; set; }

        public string? ActualFrom { get; set; }

        public string? ActualTo { get; set; }
    }

    public sealed class WorkRow
    {
        public string? Kind { get; set; }

        public string? Description { get; set; }

        public string? Owner { get; set; }

        public string? WindowFrom { get; set; }

        public string? WindowTo { get; set; }

        public bool Coupled { get; set; }

        public bool IsEmpty => string.IsNullOrWhiteSpace(Description) && string.IsNullOrWhiteSpace(Owner) && string.IsNullOrWhiteSpace(WindowFrom) && string.IsNullOrWhiteSpace(WindowTo);
    }

    public sealed class FundingRow
    {
        public string? Source { get; set; }

        public bool Selected { get; set; }

        public string? Name { get; set; }
    }

    public sealed class LegalRow
    {
        public string? Instrument { get; set; }

        public string? Effect { get; set; }
    }
}
