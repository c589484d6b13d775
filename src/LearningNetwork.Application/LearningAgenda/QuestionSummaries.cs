using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.LearningAgenda;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda;

internal static class QuestionSummaries
{
    public const int MaxCandidates = 50;

    /// <summary>Summaries of the given questions (already filtered for the viewer), in the order given; tags in two queries.</summary>
    public static async Task<List<QuestionSummaryDto>> LoadAsync(IAppDbContext db, Viewer viewer, IQueryable<LearningQuestion> questions, CancellationToken cancellationToken)
    {
        var experiments = db.ReadableExperiments(viewer);
        var reflections = db.ReadableReflections(viewer);
        var rows = await questions
            .Join(db.Municipalities, q => q.MunicipalityId, m => m.Id, (q, m) => new { q, Municipality = m.Name })
            .LeftJoin(experiments, x => x.q.ExperimentId, e => e.Id, (x, e) => new
            {
                x.q.Id, x.q.Text, x.q.State, x.q.MunicipalityId, x.Municipality, x.q.ExperimentId, ExperimentTitle = e == null ? null : e.Title,
                Answers = x.q.Answers.Count(a => reflections.Any(r => r.Id == a.ReflectionId)), x.q.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.Id).ToList();
        var barriers = (await db.LearningQuestions.Where(q => ids.Contains(q.Id)).SelectMany(q => q.Barriers).ToListAsync(cancellationToken))
            .ToLookup(b => b.QuestionId, b => b.BarrierNumber);
        var themes = (await db.LearningQuestions.Where(q => ids.Contains(q.Id)).SelectMany(q => q.Themes).ToListAsync(cancellationToken))
            .ToLookup(t => t.QuestionId, t => t.ThemeKey);
        return rows.Select(r => new QuestionSummaryDto(
            r.Id, r.Text, r.State, r.MunicipalityId, r.Municipality, r.ExperimentId, r.ExperimentTitle,
            barriers[r.Id].Order().ToList(), themes[r.Id].Order().ToList(), r.Answers, r.UpdatedAtUtc)).ToList();
    }
}
