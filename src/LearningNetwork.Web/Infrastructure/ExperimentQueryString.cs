using LearningNetwork.Application.Experiments.ListExperiments;
using LearningNetwork.Application.Municipalities;
using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>The browse filters as the page and the API take them from the query string, parsed the same way.</summary>
public static class ExperimentQueryString
{
    public static ListExperimentsQuery ToQuery(
        IEnumerable<string> themes, IEnumerable<string> barriers, IEnumerable<string> states, IEnumerable<string> lessons,
        IEnumerable<string> municipalities, IEnumerable<string> provinces, IEnumerable<string> statuses,
        string? q, string? sort, string? page, string? pageSize, IEnumerable<string> record)
    {
        // An empty "?status=" binds as a null or blank value: it is no filter, not an error.
        static IEnumerable<string> Given(IEnumerable<string?> values) => values.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!);
        themes = Given(themes);
        barriers = Given(barriers);
        states = Given(states);
        lessons = Given(lessons);
        municipalities = Given(municipalities);
        provinces = Given(provinces);
        statuses = Given(statuses);
        record = Given(record);
        var filter = new ExperimentFilter(
            themes.Where(t => !string.IsNullOrWhiteSpace(t)).ToList(),
            barriers.Select(FormValues.Number).ToList(),
            states.Select(FormValues.Enum<BarrierState>).ToList(),
            lessons.Select(FormValues.Number).ToList(),
            municipalities.Where(m => !string.IsNullOrWhiteSpace(m)).ToList(),
            provinces.Select(p => MunicipalityRules.TryParseProvince(p, out var province) ? province : (Domain.Municipalities.Province)(-1)).ToList(),
            statuses.Select(FormValues.Enum<ExperimentStatus>).ToList(),
            string.IsNullOrWhiteSpace(q) ? null : q,
            record.Select(r => r.Trim()).Distinct(StringComparer.Ordinal).ToList());
        return new ListExperimentsQuery(
            filter,
            string.IsNullOrWhiteSpace(sort) ? ExperimentSort.Newest : FormValues.Enum<ExperimentSort>(sort),
            string.IsNullOrWhiteSpace(page) ? 1 : FormValues.Number(page),
            string.IsNullOrWhiteSpace(pageSize) ? ListExperimentsQuery.DefaultPageSize : FormValues.Number(pageSize));
    }
}
