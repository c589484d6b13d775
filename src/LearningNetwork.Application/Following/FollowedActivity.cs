using LearningNetwork.Application.Common;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Following.ListMyFollows;
using LearningNetwork.Domain.LearningAgenda;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following;

public enum ActivityKind
{
    NewExperiment = 1,
    UpdatedExperiment = 2,
    NewReflection = 3,
    AnsweredQuestion = 4,
}

/// <summary>Something that happened in the network: <see cref="Id"/> is the experiment's, reflection's or question's.</summary>
public sealed record ActivityItem(ActivityKind Kind, int Id, string Title, string Municipality, string Excerpt, DateTime AtUtc);

/// <summary>
/// What is new in a period in what a person follows, or in the whole network, and only what the viewer may read:
/// the home page's "new since your last visit" and the weekly digest both read it.
/// </summary>
public static class FollowedActivity
{
    /// <summary>New and updated experiments, new reflections and answered questions in [from, to), newest first.</summary>
    /// <param name="follows">Only items matching these; null for everything in the network.</param>
    /// <param name="includeUpdated">False for new experiments only (the home page's newest list).</param>
    public static async Task<IReadOnlyList<ActivityItem>> LoadAsync(
        IAppDbContext db, IMarkdownRenderer markdown, Viewer viewer, FollowedKeys? follows, DateTime fromUtc, DateTime toUtc, int maxPerKind, CancellationToken cancellationToken, bool includeUpdated = true)
    {
        var all = follows is null;
        var lessons = follows?.Lessons ?? [];
        var barriers = follows?.Barriers ?? [];
        var themes = follows?.Themes ?? [];
        var municipalities = follows?.Municipalities ?? [];
        var experimentIds = follows?.Experiments ?? [];

        var experiments = db.ReadableExperiments(viewer).Where(e => all
            || experimentIds.Contains(e.Id)
            || municipalities.Contains(e.MunicipalityId)
            || e.Themes.Any(t => themes.Contains(t.ThemeKey))
            || e.Barriers.Any(b => barriers.Contains(b.BarrierNumber))
            || e.Lessons.Any(l => lessons.Contains(l.LessonNumber)));
        var changed = await experiments
            .Where(e => (e.CreatedAtUtc >= fromUtc && e.CreatedAtUtc < toUtc) || (includeUpdated && e.UpdatedAtUtc >= fromUtc && e.UpdatedAtUtc < toUtc))
            .OrderByDescending(e => e.UpdatedAtUtc).ThenByDescending(e => e.Id)
            .Take(maxPerKind)
            .Join(db.Municipalities, e => e.MunicipalityId, m => m.Id, (e, m) => new
            {
                e.Id, e.Title, Municipality = m.Name, Summary = e.Summary.Substring(0, Excerpts.DefaultLength + 20), e.CreatedAtUtc, e.UpdatedAtUtc,
            })
            .ToListAsync(cancellationToken);

        var reflectionExperiments = db.ReadableExperiments(viewer).Where(e => all
            || experimentIds.Contains(e.Id)
            || municipalities.Contains(e.MunicipalityId)
            || e.Themes.Any(t => themes.Contains(t.ThemeKey)));
        var reflections = await db.ReadableReflections(viewer)
            .Where(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < toUtc)
            .Where(r => all
                || r.Lessons.Any(l => lessons.Contains(l.LessonNumber))
                || r.Barriers.Any(b => barriers.Contains(b.BarrierNumber))
                || reflectionExperiments.Any(e => e.Id == r.ExperimentId))
            .OrderByDescending(r => r.CreatedAtUtc).ThenByDescending(r => r.Id)
            .Take(maxPerKind)
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new { r, e.MunicipalityId })
            .Join(db.Municipalities, x => x.MunicipalityId, m => m.Id, (x, m) => new
            {
                x.r.Id, x.r.Title, Municipality = m.Name, Body = x.r.BodyMarkdown.Substring(0, Excerpts.DefaultLength * 3), x.r.CreatedAtUtc,
            })
            .ToListAsync(cancellationToken);

        // A reflection linked as an answer to a question of the schetsboek that the person follows, when it was linked.
        var schetsboekQuestions = follows?.SchetsboekQuestions ?? [];
        var answers = schetsboekQuestions.Count == 0 ? [] : await db.SourcedQuestions
            .Where(q => schetsboekQuestions.Contains(q.Key))
            .SelectMany(q => q.Answers)
            .Where(a => a.LinkedAtUtc >= fromUtc && a.LinkedAtUtc < toUtc)
            .Join(db.ReadableReflections(viewer), a => a.ReflectionId, r => r.Id, (a, r) => new { r, a.LinkedAtUtc })
            .OrderByDescending(x => x.LinkedAtUtc).ThenByDescending(x => x.r.Id)
            .Take(maxPerKind)
            .Join(db.Experiments, x => x.r.ExperimentId, e => e.Id, (x, e) => new { x, e.MunicipalityId })
            .Join(db.Municipalities, y => y.MunicipalityId, m => m.Id, (y, m) => new
            {
                y.x.r.Id, y.x.r.Title, Municipality = m.Name, Body = y.x.r.BodyMarkdown.Substring(0, Excerpts.DefaultLength * 3), CreatedAtUtc = y.x.LinkedAtUtc,
            })
            .ToListAsync(cancellationToken);
        reflections.AddRange(answers.Where(a => reflections.All(r => r.Id != a.Id)).DistinctBy(a => a.Id));

        var answered = await db.ReadableQuestions(viewer)
            .Where(q => q.State == QuestionState.Answered && q.AnsweredAtUtc >= fromUtc && q.AnsweredAtUtc < toUtc)
            .Where(q => all
                || municipalities.Contains(q.MunicipalityId)
                || (q.ExperimentId != null && experimentIds.Contains(q.ExperimentId.Value))
                || q.Barriers.Any(b => barriers.Contains(b.BarrierNumber))
                || q.Themes.Any(t => themes.Contains(t.ThemeKey)))
            .OrderByDescending(q => q.AnsweredAtUtc).ThenByDescending(q => q.Id)
            .Take(maxPerKind)
            .Join(db.Municipalities, q => q.MunicipalityId, m => m.Id, (q, m) => new { q.Id, q.Text, Municipality = m.Name, AnsweredAtUtc = q.AnsweredAtUtc!.Value })
            .ToListAsync(cancellationToken);

        return changed
            .Select(e => new ActivityItem(
                e.CreatedAtUtc >= fromUtc ? ActivityKind.NewExperiment : ActivityKind.UpdatedExperiment,
                e.Id, e.Title, e.Municipality, Excerpts.Of(e.Summary), e.UpdatedAtUtc))
            .Concat(reflections.Select(r => new ActivityItem(
                ActivityKind.NewReflection, r.Id, r.Title, r.Municipality, Excerpts.Of(markdown.ToPlainText(r.Body)), r.CreatedAtUtc)))
            .Concat(answered.Select(q => new ActivityItem(
                ActivityKind.AnsweredQuestion, q.Id, q.Text, q.Municipality, string.Empty, q.AnsweredAtUtc)))
            .OrderByDescending(i => i.AtUtc)
            .ToList();
    }

    /// <summary>How much happened in the whole network in [from, to), of what the viewer may read: (projects new or updated, reflections, answered questions).</summary>
    public static async Task<(int Experiments, int Reflections, int Questions)> CountAsync(IAppDbContext db, Viewer viewer, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken)
    {
        var experiments = await db.ReadableExperiments(viewer)
            .CountAsync(e => (e.CreatedAtUtc >= fromUtc && e.CreatedAtUtc < toUtc) || (e.UpdatedAtUtc >= fromUtc && e.UpdatedAtUtc < toUtc), cancellationToken);
        var reflections = await db.ReadableReflections(viewer).CountAsync(r => r.CreatedAtUtc >= fromUtc && r.CreatedAtUtc < toUtc, cancellationToken);
        var questions = await db.ReadableQuestions(viewer)
            .CountAsync(q => q.State == QuestionState.Answered && q.AnsweredAtUtc >= fromUtc && q.AnsweredAtUtc < toUtc, cancellationToken);
        return (experiments, reflections, questions);
    }
}
