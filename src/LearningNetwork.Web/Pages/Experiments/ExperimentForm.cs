using LearningNetwork.Application.Experiments;
using LearningNetwork.Application.Experiments.GetExperiment;
using LearningNetwork.Application.Experiments.SaveExperiment;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Web.Infrastructure;

namespace LearningNetwork.Web.Pages.Experiments;

/// <summary>
/// The experiment form as posted: plain strings, so nothing fails in model binding and every check gives the
/// validators' clear message. Unknown choices become values the validators refuse.
/// </summary>
public sealed partial class ExperimentForm
{
    public const int PartnerRows = 6;

    public string? Title { get; set; }

    public string? Neighbourhood { get; set; }

    public string? Place { get; set; }

    public string? Summary { get; set; }

    public string? Homes { get; set; }

    public string? StartDate { get; set; }

    public string? EndDate { get; set; }

    public string? ContactUserId { get; set; }

    public string? Visibility { get; set; } = nameof(Domain.Common.Visibility.Network);

    public string? Status { get; set; } = nameof(ExperimentStatus.Idea);

    public List<string> Themes { get; set; } = [];

    /// <summary>What it couples beyond the example themes ("anders, namelijk …").</summary>
    public string? OtherCoupling { get; set; }

    /// <summary>The key of the schetsboek example of the municipality that this project is, when it is one.</summary>
    public string? SchetsboekExample { get; set; }

    /// <summary>Whether any of the facts that are not required (place, homes, dates, contact) is filled in.</summary>
    public bool HasDetails => new[] { Neighbourhood, Place, Homes, StartDate, EndDate, ContactUserId, SchetsboekExample }.Any(v => !string.IsNullOrWhiteSpace(v));

    public List<PartnerRow> Partners { get; set; } = [];

    public List<BarrierRow> Barriers { get; set; } = [];

    public List<LessonRow> Lessons { get; set; } = [];

    public static ExperimentForm From(ExperimentDetailDto experiment) => new ExperimentForm
    {
        Title = experiment.Title,
        Neighbourhood = experiment.Neighbourhood,
        Place = experiment.Place,
        Summary = experiment.Summary,
        Homes = experiment.Homes?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        StartDate = experiment.StartDate is { } start ? DatePrecisions.Format(start, experiment.StartPrecision) : null,
        EndDate = experiment.EndDate is { } end ? DatePrecisions.Format(end, experiment.EndPrecision) : null,
        ContactUserId = experiment.ContactUserId,
        Visibility = experiment.Visibility.ToString(),
        Themes = experiment.Themes.Select(t => t.Key).ToList(),
        OtherCoupling = experiment.OtherCoupling,
        SchetsboekExample = experiment.FromSchetsboek?.Key,
        Partners = experiment.Partners.Select(p => new PartnerRow { Type = p.Type.ToString(), Name = p.Name }).ToList(),
        Barriers = experiment.Barriers.Select(b => new BarrierRow { Number = b.Number, State = b.State.ToString(), Note = b.Note }).ToList(),
        Lessons = experiment.Lessons.Select(l => new LessonRow { Number = l.Number, Helped = l.Helped.ToString(), Note = l.Note }).ToList(),
    }.Complete();

    /// <summary>
    /// A new project that is the schetsboek's example, to start from: the portal's summary, the place, and the themes,
    /// barriers (met) and lessons (not yet known) the schetsboek links it to. The member corrects and completes it.
    /// </summary>
    public static ExperimentForm From(SourcedExampleDto example) => new ExperimentForm
    {
        Title = example.Title.Current(),
        Summary = example.Summary.Current(),
        Place = example.Place,
        Themes = example.Themes.Select(t => t.Key).ToList(),
        SchetsboekExample = example.Key,
        Barriers = example.Barriers.Select(n => new BarrierRow { Number = n, State = nameof(BarrierState.Encountered) }).ToList(),
        Lessons = example.Lessons.Select(n => new LessonRow { Number = n, Helped = nameof(LessonHelped.NotYetKnown) }).ToList(),
    }.Complete();

    /// <summary>Rows for every barrier and lesson, and empty partner rows to fill in.</summary>
    public ExperimentForm Complete()
    {
        Barriers = Enumerable.Range(1, Barrier.Count).Select(n => Barriers.FirstOrDefault(b => b.Number == n) ?? new BarrierRow { Number = n }).ToList();
        Lessons = Enumerable.Range(1, Lesson.Count).Select(n => Lessons.FirstOrDefault(l => l.Number == n) ?? new LessonRow { Number = n }).ToList();
        Partners = Partners.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Type)).ToList();
        var rows = Math.Max(PartnerRows, Partners.Count + 2);
        while (Partners.Count < rows)
        {
            Partners.Add(new PartnerRow());
        }

        return this;
    }

    /// <summary>The form as the use case's input; rows left empty are no choice, unparsable values are invalid ones.</summary>
    public ExperimentInput ToInput()
    {
        var (start, startPrecision) = Date(StartDate);
        var (end, endPrecision) = Date(EndDate);
        return new(
            Title ?? string.Empty,
            Neighbourhood,
            Place,
            Summary ?? string.Empty,
            string.IsNullOrWhiteSpace(Homes) ? null : int.TryParse(Homes.Trim(), System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var homes) ? homes : -1,
            start,
            end,
            ContactUserId,
            FormValues.Enum<Visibility>(Visibility),
            Themes.Where(t => !string.IsNullOrWhiteSpace(t)).ToList(),
            Partners.Where(p => !string.IsNullOrWhiteSpace(p.Name) || !string.IsNullOrWhiteSpace(p.Type))
                .Select(p => new PartnerInput(FormValues.Enum<PartnerType>(p.Type), p.Name ?? string.Empty)).ToList(),
            Barriers.Where(b => !string.IsNullOrWhiteSpace(b.State))
                .Select(b => new BarrierInput(b.Number, FormValues.Enum<BarrierState>(b.State), b.Note)).ToList(),
            Lessons.Where(l => !string.IsNullOrWhiteSpace(l.Helped))
                .Select(l => new LessonInput(l.Number, FormValues.Enum<LessonHelped>(l.Helped), l.Note)).ToList(),
            startPrecision,
            endPrecision,
            string.IsNullOrWhiteSpace(OtherCoupling) ? null : OtherCoupling,
            string.IsNullOrWhiteSpace(SchetsboekExample) ? null : SchetsboekExample);
    }

    /// <summary>
    /// Maps the use case's error keys to the form's fields, so each error is shown at its own field: the use case
    /// counts only the rows in use (a barrier or lesson with a choice), so <c>Input.Barriers[0].Note</c> may be the
    /// note of the form's row <c>Input.Barriers[5]</c>; its initial status is the form's <c>Status</c>. Call it before
    /// <see cref="Complete"/>. Partner rows need no mapping: the form keeps only the rows in use, in order.
    /// </summary>
    public Func<string, string> ErrorKeys()
    {
        var barriers = Barriers.Where(b => !string.IsNullOrWhiteSpace(b.State)).Select(b => b.Number).ToList();
        var lessons = Lessons.Where(l => !string.IsNullOrWhiteSpace(l.Helped)).Select(l => l.Number).ToList();
        return key => key == $"{MediatorExceptionPageFilter.InputPrefix}.{nameof(SaveExperimentCommand.InitialStatus)}" ? $"{MediatorExceptionPageFilter.InputPrefix}.{nameof(Status)}" : RowKey().Replace(key, match =>
        {
            var list = match.Groups["list"].Value;
            var (numbers, count) = list == nameof(Barriers) ? (barriers, Barrier.Count) : (lessons, Lesson.Count);
            var index = int.Parse(match.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture);
            var number = index < numbers.Count ? numbers[index] : 0;
            return number >= 1 && number <= count ? $"Input.{list}[{number - 1}]" : match.Value;
        });
    }

    public ExperimentStatus InitialStatus() => FormValues.Enum<ExperimentStatus>(Status);

    /// <summary>A year, a month or a day; anything else becomes a date the validator refuses.</summary>
    private static (DateOnly? Date, DatePrecision Precision) Date(string? value) =>
        string.IsNullOrWhiteSpace(value) ? (null, DatePrecision.Day)
        : DatePrecisions.TryParse(value, out var date, out var precision) ? (date, precision)
        : (DateOnly.MinValue, DatePrecision.Day);

    [System.Text.RegularExpressions.GeneratedRegex(@"^Input\.(?<list>Barriers|Lessons)\[(?<index>\d+)\]")]
    private static partial System.Text.RegularExpressions.Regex RowKey();

    public sealed class PartnerRow
    {
        public string? Type { get; set; }

        public string? Name { get; set; }
    }

    public sealed class BarrierRow
    {
        public int Number { get; set; }

        public string? State { get; set; }

        public string? Note { get; set; }
    }

    public sealed class LessonRow
    {
        public int Number { get; set; }

        public string? Helped { get; set; }

        public string? Note { get; set; }
    }
}
