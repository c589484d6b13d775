using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Municipalities;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.OpenData.ExportPublicExperiments;

public sealed record ExportedTag(int Number, string State);

/// <summary>A document of the record: <see cref="Path"/> is where the portal serves it.</summary>
public sealed record ExportedDocument(int Id, string FileName, DocumentType Type, long Bytes, string Path);

/// <summary>
/// A Public experiment with its tags, for researchers. Its dates are ISO 8601 as precise as known (2019, 2019-03 or
/// 2019-03-31); <see cref="SchetsboekExample"/> is the key of the schetsboek example it is, when it is one;
/// <see cref="Record"/> its case record without the people in it, <see cref="Documents"/> the files attached to it.
/// </summary>
public sealed record ExportedExperimentDto(
    int Id,
    string Title,
    string Municipality,
    string CbsCode,
    Province Province,
    string? Place,
    string? Neighbourhood,
    ExperimentStatus Status,
    string? StartDate,
    string? EndDate,
    int? Homes,
    string Summary,
    IReadOnlyList<string> Themes,
    string? OtherCoupling,
    string? SchetsboekExample,
    IReadOnlyList<ExportedTag> Barriers,
    IReadOnlyList<ExportedTag> Lessons,
    DateTime CreatedAtUtc,
    DateTime UpdatedAtUtc,
    CaseRecord Record,
    IReadOnlyList<ExportedDocument> Documents);

/// <summary>Every Public experiment with its themes, barriers (with state) and lessons (with whether they helped).</summary>
public sealed record ExportPublicExperimentsQuery : IQuery<IReadOnlyList<ExportedExperimentDto>>;

public sealed class ExportPublicExperimentsHandler(IAppDbContext db) : IQueryHandler<ExportPublicExperimentsQuery, IReadOnlyList<ExportedExperimentDto>>
{
    public async ValueTask<IReadOnlyList<ExportedExperimentDto>> Handle(ExportPublicExperimentsQuery query, CancellationToken cancellationToken)
    {
        var experiments = db.ReadableExperiments(Viewer.Anonymous);
        var rows = await experiments
            .OrderBy(e => e.Id)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new { e, m })
            .LeftJoin(db.SourcedExamples, x => x.e.SourcedExampleId, s => s.Id, (x, s) => new
            {
                x.e.Id, x.e.Title, Municipality = x.m.Name, x.m.CbsCode, x.m.Province, x.e.Place, x.e.Neighbourhood, x.e.Status,
                x.e.StartDate, x.e.StartPrecision, x.e.EndDate, x.e.EndPrecision, x.e.Homes, x.e.Summary, x.e.OtherCoupling,
                Example = s == null ? null : s.Key, x.e.CreatedAtUtc, x.e.UpdatedAtUtc, x.e.Record,
            })
            .ToListAsync(cancellationToken);
        var themes = (await experiments.SelectMany(e => e.Themes).ToListAsync(cancellationToken)).ToLookup(t => t.ExperimentId, t => t.ThemeKey);
        var barriers = (await experiments.SelectMany(e => e.Barriers).ToListAsync(cancellationToken)).ToLookup(b => b.ExperimentId);
        var lessons = (await experiments.SelectMany(e => e.Lessons).ToListAsync(cancellationToken)).ToLookup(l => l.ExperimentId);
        var documents = (await db.ExperimentDocuments.Where(d => experiments.Any(e => e.Id == d.ExperimentId)).OrderBy(d => d.Id)
            .Select(d => new { d.ExperimentId, d.Id, d.FileName, d.Type, d.Bytes }).ToListAsync(cancellationToken))
            .ToLookup(d => d.ExperimentId, d => new ExportedDocument(d.Id, d.FileName, d.Type, d.Bytes, $"/experiments/{d.ExperimentId}/documents/{d.Id}"));
        return rows.Select(r => new ExportedExperimentDto(
            r.Id, r.Title, r.Municipality, r.CbsCode, r.Province, r.Place, r.Neighbourhood, r.Status,
            r.StartDate is { } start ? DatePrecisions.Format(start, r.StartPrecision) : null,
            r.EndDate is { } end ? DatePrecisions.Format(end, r.EndPrecision) : null,
            r.Homes, r.Summary,
            themes[r.Id].Order().ToList(),
            r.OtherCoupling,
            r.Example,
            barriers[r.Id].OrderBy(b => b.BarrierNumber).Select(b => new ExportedTag(b.BarrierNumber, b.State.ToString())).ToList(),
            lessons[r.Id].OrderBy(l => l.LessonNumber).Select(l => new ExportedTag(l.LessonNumber, l.Helped.ToString())).ToList(),
            r.CreatedAtUtc, r.UpdatedAtUtc, r.Record with { ContactUserIds = [] }, documents[r.Id].ToList())).ToList();
    }
}
