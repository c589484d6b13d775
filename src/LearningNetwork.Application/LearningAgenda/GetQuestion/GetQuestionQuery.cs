using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Reflections.GetReflection;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.GetQuestion;

public sealed record ThemeTagDto(string Key, LocalizedText Title);

/// <summary>One step of a question's history; <see cref="LastAnswer"/> says why it opened again by itself.</summary>
public sealed record QuestionEventDto(QuestionState State, string Text, string? Note, string? UserName, DateTime AtUtc, AnswerWithdrawal? LastAnswer);

public sealed record AnswerDto(int ReflectionId, string Title, int ExperimentId, string ExperimentTitle, string Municipality, DateTime LinkedAtUtc);

/// <summary>A reflection a member could link as an answer.</summary>
public sealed record AnswerCandidateDto(int ReflectionId, string Title, string Municipality);

public sealed record QuestionDetailDto(
    QuestionSummaryDto Question,
    Visibility Visibility,
    IReadOnlyList<TagDto> BarrierTags,
    IReadOnlyList<ThemeTagDto> ThemeTags,
    IReadOnlyList<QuestionEventDto> History,
    IReadOnlyList<AnswerDto> Answers,
    IReadOnlyList<AnswerCandidateDto> Candidates,
    IReadOnlyList<SharedByDto> AlsoAskedBy,
    bool CanEdit,
    AdoptedFromDto? AdoptedFrom);

/// <summary>The question of the schetsboek a municipality's question was adopted from.</summary>
public sealed record AdoptedFromDto(string Key, LocalizedText Text);

/// <summary>One question with its history and answers, for those who may read it (404 for anyone else).</summary>
public sealed record GetQuestionQuery(int Id) : IQuery<QuestionDetailDto>;

public sealed class GetQuestionHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetQuestionQuery, QuestionDetailDto>
{
    public async ValueTask<QuestionDetailDto> Handle(GetQuestionQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = (await QuestionSummaries.LoadAsync(db, viewer, db.ReadableQuestions(viewer).Where(q => q.Id == query.Id), cancellationToken)).SingleOrDefault()
            ?? throw NotFoundException.For("LearningQuestion", query.Id);
        var own = await db.LearningQuestions.Where(q => q.Id == query.Id).Select(q => new { q.Visibility, q.SourcedQuestionId }).SingleAsync(cancellationToken);
        var visibility = own.Visibility;
        var adoptedFrom = own.SourcedQuestionId is { } sourceId
            ? await db.SourcedQuestions.Where(s => s.Id == sourceId).Select(s => new AdoptedFromDto(s.Key, new LocalizedText(s.Text.Nl, s.Text.En))).SingleAsync(cancellationToken)
            : null;
        var barrierTags = await db.Barriers.Where(b => question.Barriers.Contains(b.Number)).OrderBy(b => b.Number)
            .Select(b => new TagDto(b.Number, new LocalizedText(b.Title.Nl, b.Title.En))).ToListAsync(cancellationToken);
        var themeTags = await db.Themes.Where(t => question.Themes.Contains(t.Key)).OrderBy(t => t.SortOrder)
            .Select(t => new ThemeTagDto(t.Key, new LocalizedText(t.Title.Nl, t.Title.En))).ToListAsync(cancellationToken);
        var history = await db.LearningQuestions.Where(q => q.Id == query.Id).SelectMany(q => q.History)
            .OrderByDescending(h => h.AtUtc).ThenByDescending(h => h.Id)
            .LeftJoin(db.People, h => h.UserId, p => p.Id, (h, p) => new QuestionEventDto(h.State, h.Text, h.Note, p == null ? null : p.DisplayName, h.AtUtc, h.LastAnswer))
            .ToListAsync(cancellationToken);
        if (!viewer.CanSeePeople())
        {
            history = history.Select(h => h with { UserName = null }).ToList();
        }

        var answers = await db.LearningQuestions.Where(q => q.Id == query.Id).SelectMany(q => q.Answers)
            .OrderBy(a => a.LinkedAtUtc)
            .Join(db.ReadableReflections(viewer), a => a.ReflectionId, r => r.Id, (a, r) => new { a.LinkedAtUtc, r.Id, r.Title, r.ExperimentId })
            .Join(db.Experiments, x => x.ExperimentId, e => e.Id, (x, e) => new { x, e.Title, e.MunicipalityId })
            .Join(db.Municipalities, y => y.MunicipalityId, m => m.Id, (y, m) => new AnswerDto(y.x.Id, y.x.Title, y.x.ExperimentId, y.Title, m.Name, y.x.LinkedAtUtc))
            .ToListAsync(cancellationToken);

        var canEdit = viewer.CanEditContentOf(question.MunicipalityId);
        var candidates = new List<AnswerCandidateDto>();
        if (canEdit)
        {
            var linked = answers.Select(a => a.ReflectionId).ToList();
            var barriers = question.Barriers;
            var themes = question.Themes;
            candidates = await db.ReadableReflections(viewer)
                .Where(r => !linked.Contains(r.Id))
                .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new { r, e })
                .Where(x => x.e.MunicipalityId == question.MunicipalityId
                    || x.r.Barriers.Any(b => barriers.Contains(b.BarrierNumber))
                    || x.e.Themes.Any(t => themes.Contains(t.ThemeKey)))
                .OrderByDescending(x => x.r.CreatedAtUtc)
                .Take(QuestionSummaries.MaxCandidates)
                .Join(db.Municipalities, x => x.e.MunicipalityId, m => m.Id, (x, m) => new AnswerCandidateDto(x.r.Id, x.r.Title, m.Name))
                .ToListAsync(cancellationToken);
        }

        var alsoAskedBy = await AgendaSharing.OpenElsewhereAsync(db, viewer, question.Barriers, question.Themes, question.MunicipalityId, cancellationToken);
        return new QuestionDetailDto(question, visibility, barrierTags, themeTags, history, answers, candidates, alsoAskedBy, canEdit, adoptedFrom);
    }
}

internal static class AgendaSharing
{
    /// <summary>Other municipalities with open questions on any of these barriers or themes, most questions first.</summary>
    public static async Task<List<SharedByDto>> OpenElsewhereAsync(
        IAppDbContext db, Viewer viewer, IReadOnlyList<int> barriers, IReadOnlyList<string> themes, int exceptMunicipalityId, CancellationToken cancellationToken) =>
        await db.ReadableQuestions(viewer)
            .Where(q => q.State != QuestionState.Answered && q.MunicipalityId != exceptMunicipalityId)
            .Where(q => q.Barriers.Any(b => barriers.Contains(b.BarrierNumber)) || q.Themes.Any(t => themes.Contains(t.ThemeKey)))
            .GroupBy(q => q.MunicipalityId)
            .Select(g => new { MunicipalityId = g.Key, Count = g.Count() })
            .Join(db.Municipalities, g => g.MunicipalityId, m => m.Id, (g, m) => new { g.MunicipalityId, m.Name, g.Count })
            .OrderByDescending(s => s.Count).ThenBy(s => s.Name)
            .Select(s => new SharedByDto(s.MunicipalityId, s.Name, s.Count))
            .ToListAsync(cancellationToken);
}
