using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Reflections;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda;

public sealed record ThemeTagDto(string Key, LocalizedText Title);

/// <summary>A question in a list: the municipality's agenda, an experiment's page or the network's agenda.</summary>
public sealed record QuestionSummaryDto(
    int Id,
    string Text,
    QuestionState State,
    int MunicipalityId,
    string Municipality,
    int? ExperimentId,
    string? ExperimentTitle,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<string> Themes,
    int Answers,
    DateTime UpdatedAtUtc);

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
    bool CanEdit);

/// <summary>A municipality with open questions on the same barrier or theme.</summary>
public sealed record SharedByDto(int MunicipalityId, string Municipality, int OpenQuestions);

/// <summary>One question with its history and answers, for those who may read it (404 for anyone else).</summary>
public sealed record GetQuestionQuery(int Id) : IQuery<QuestionDetailDto>;

/// <summary>The readable questions of a municipality, or of one experiment; open ones first.</summary>
public sealed record ListQuestionsQuery(int? MunicipalityId, int? ExperimentId) : IQuery<IReadOnlyList<QuestionSummaryDto>>;

/// <summary>A filter that is not a number (the API's "abc" arrives as -1) is refused, not read as "no questions".</summary>
public sealed class ListQuestionsValidator : AbstractValidator<ListQuestionsQuery>
{
    public ListQuestionsValidator()
    {
        RuleFor(q => q.MunicipalityId).Must(id => id is null or > 0).WithMessage(_ => AppTexts.MunicipalityChoose);
        RuleFor(q => q.ExperimentId).Must(id => id is null or > 0).WithMessage(_ => AppTexts.ExperimentFilterUnknown);
    }
}

public sealed record AgendaGroupDto(string Key, LocalizedText Title, IReadOnlyList<SharedByDto> Municipalities, IReadOnlyList<QuestionSummaryDto> Questions);

public sealed record AgendaDto(IReadOnlyList<AgendaGroupDto> ByBarrier, IReadOnlyList<AgendaGroupDto> ByTheme, int OpenQuestions, int Municipalities);

/// <summary>The network's open (and reformulated) questions, grouped by barrier and by theme, with who shares them.</summary>
public sealed record GetAgendaQuery : IQuery<AgendaDto>;

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

public sealed class GetQuestionHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetQuestionQuery, QuestionDetailDto>
{
    public async ValueTask<QuestionDetailDto> Handle(GetQuestionQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = (await QuestionSummaries.LoadAsync(db, viewer, db.ReadableQuestions(viewer).Where(q => q.Id == query.Id), cancellationToken)).SingleOrDefault()
            ?? throw NotFoundException.For("LearningQuestion", query.Id);
        var visibility = await db.LearningQuestions.Where(q => q.Id == query.Id).Select(q => q.Visibility).SingleAsync(cancellationToken);
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
        return new QuestionDetailDto(question, visibility, barrierTags, themeTags, history, answers, candidates, alsoAskedBy, canEdit);
    }
}

public sealed class ListQuestionsHandler(IAppDbContext db, ViewerProvider viewers, ReadCache cache) : IQueryHandler<ListQuestionsQuery, IReadOnlyList<QuestionSummaryDto>>
{
    public const int MaxQuestions = 100;

    public async ValueTask<IReadOnlyList<QuestionSummaryDto>> Handle(ListQuestionsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (query.MunicipalityId is { } municipalityId && !await db.Municipalities.AnyAsync(m => m.Id == municipalityId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(query.MunicipalityId), AppTexts.MunicipalityChoose)]);
        }

        // Visitors all read the same public questions (on a project page, a municipality's page): kept until the next save.
        return await cache.ForVisitorsAsync(viewer, $"questions|{query.MunicipalityId}|{query.ExperimentId}", () => LoadAsync(query, viewer, cancellationToken), questions => questions.Count / 20);
    }

    private async Task<List<QuestionSummaryDto>> LoadAsync(ListQuestionsQuery query, Viewer viewer, CancellationToken cancellationToken)
    {
        var questions = db.ReadableQuestions(viewer).AsNoTracking();
        if (query.MunicipalityId is { } municipalityId)
        {
            questions = questions.Where(q => q.MunicipalityId == municipalityId);
        }

        if (query.ExperimentId is { } experimentId)
        {
            questions = questions.Where(q => q.ExperimentId == experimentId);
        }

        return await QuestionSummaries.LoadAsync(
            db, viewer, questions.OrderBy(q => q.State == QuestionState.Answered).ThenByDescending(q => q.UpdatedAtUtc).ThenByDescending(q => q.Id).Take(MaxQuestions), cancellationToken);
    }
}

public sealed class GetAgendaHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetAgendaQuery, AgendaDto>
{
    public const int MaxQuestions = 500;

    public async ValueTask<AgendaDto> Handle(GetAgendaQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var open = await QuestionSummaries.LoadAsync(
            db,
            viewer,
            db.ReadableQuestions(viewer).AsNoTracking().Where(q => q.State != QuestionState.Answered).OrderByDescending(q => q.UpdatedAtUtc).ThenByDescending(q => q.Id).Take(MaxQuestions),
            cancellationToken);
        var barriers = await db.Barriers.OrderBy(b => b.Number).Select(b => new { b.Number, Title = new LocalizedText(b.Title.Nl, b.Title.En) }).ToListAsync(cancellationToken);
        var themes = await db.Themes.OrderBy(t => t.SortOrder).Select(t => new { t.Key, Title = new LocalizedText(t.Title.Nl, t.Title.En) }).ToListAsync(cancellationToken);

        static AgendaGroupDto Group(string key, LocalizedText title, List<QuestionSummaryDto> questions) => new(
            key,
            title,
            questions.GroupBy(q => (q.MunicipalityId, q.Municipality))
                .Select(g => new SharedByDto(g.Key.MunicipalityId, g.Key.Municipality, g.Count()))
                .OrderByDescending(s => s.OpenQuestions).ThenBy(s => s.Municipality, StringComparer.CurrentCulture).ToList(),
            questions);

        return new AgendaDto(
            barriers.Select(b => Group(b.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Title, open.Where(q => q.Barriers.Contains(b.Number)).ToList()))
                .Where(g => g.Questions.Count > 0).ToList(),
            themes.Select(t => Group(t.Key, t.Title, open.Where(q => q.Themes.Contains(t.Key)).ToList()))
                .Where(g => g.Questions.Count > 0).ToList(),
            open.Count,
            open.Select(q => q.MunicipalityId).Distinct().Count());
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

/// <summary>An experiment of the viewer's own municipality, to tie a question to.</summary>
public sealed record OwnExperimentDto(int Id, string Title, Visibility Visibility);

/// <summary>The live experiments of the viewer's municipality, by title; only members have one (403 otherwise).</summary>
public sealed record ListOwnExperimentsQuery : IQuery<IReadOnlyList<OwnExperimentDto>>;

public sealed class ListOwnExperimentsHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<ListOwnExperimentsQuery, IReadOnlyList<OwnExperimentDto>>
{
    public async ValueTask<IReadOnlyList<OwnExperimentDto>> Handle(ListOwnExperimentsQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        Access.Demand(viewer.CanWriteForAMunicipality());
        var own = viewer.MunicipalityId!.Value;
        return await db.Experiments.AsNoTracking().Where(e => e.MunicipalityId == own && e.DeletedAtUtc == null)
            .OrderBy(e => e.Title)
            .Select(e => new OwnExperimentDto(e.Id, e.Title, e.Visibility))
            .ToListAsync(cancellationToken);
    }
}
