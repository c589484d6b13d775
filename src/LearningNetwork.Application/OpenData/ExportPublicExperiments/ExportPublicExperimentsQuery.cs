using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.OpenData.ExportPublicExperiments;

public sealed record ExportedTag(int Number, string State);

/// <summary>A Public experiment with its tags, for researchers.</summary>
public sealed record ExportedExperimentDto(
    int Id,
    string Title,
    string Municipality,
    string CbsCode,
    Province Province,
    string? Place,
    string? Neighbourhood,
    ExperimentStatus Status,
    DateOnly? StartDate,
    DateOnly? EndDate,
    int? Homes,
    string Summary,
    IReadOnlyList<string> Themes,
    IReadOnlyList<ExportedTag> Barriers,
    IReadOnlyList<ExportedTag> Lessons,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc);

/// <summary>Every Public experiment with its themes, barriers (with state) and lessons (with whether they helped).</summary>
public sealed record ExportPublicExperimentsQuery : IQuery<IReadOnlyList<ExportedExperimentDto>>;

public sealed class ExportPublicExperimentsHandler(IAppDbContext db) : IQueryHandler<ExportPublicExperimentsQuery, IReadOnlyList<ExportedExperimentDto>>
{
    public async ValueTask<IReadOnlyList<ExportedExperimentDto>> Handle(ExportPublicExperimentsQuery query, CancellationToken cancellationToken)
    {
        var experiments = db.ReadableExperiments(Viewer.Anonymous);
        var rows = await experiments
            .OrderBy(e => e.Id)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new
            {
                e.Id, e.Title, Municipality = m.Name, m.CbsCode, m.Province, e.Place, e.Neighbourhood, e.Status, e.StartDate, e.EndDate, e.Homes, e.Summary, e.CreatedAtUtc, e.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var themes = (await experiments.SelectMany(e => e.Themes).ToListAsync(cancellationToken)).ToLookup(t => t.ExperimentId, t => t.ThemeKey);
        var barriers = (await experiments.SelectMany(e => e.Barriers).ToListAsync(cancellationToken)).ToLookup(b => b.ExperimentId);
        var lessons = (await experiments.SelectMany(e => e.Lessons).ToListAsync(cancellationToken)).ToLookup(l => l.ExperimentId);
        return rows.Select(r => new ExportedExperimentDto(
            r.Id, r.Title, r.Municipality, r.CbsCode, r.Province, r.Place, r.Neighbourhood, r.Status, r.StartDate, r.EndDate, r.Homes, r.Summary,
            themes[r.Id].Order().ToList(),
            barriers[r.Id].OrderBy(b => b.BarrierNumber).Select(b => new ExportedTag(b.BarrierNumber, b.State.ToString())).ToList(),
            lessons[r.Id].OrderBy(l => l.LessonNumber).Select(l => new ExportedTag(l.LessonNumber, l.Helped.ToString())).ToList(),
            r.CreatedAtUtc, r.UpdatedAtUtc)).ToList();
    }
}
