using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda.GetQuestion;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.GetSchetsboekQuestion;

/// <summary>A municipality's own learning question adopted from the schetsboek's, in its current wording.</summary>
public sealed record AdoptionDto(int QuestionId, int MunicipalityId, string Municipality, string Text, QuestionState State);

/// <summary>
/// One question of the starting learning agenda: the reflections that answer it, the municipalities that adopted it;
/// for a member, the reflections they could link, which links they may undo and their own municipality's adoption.
/// </summary>
public sealed record SchetsboekQuestionDetailDto(
    SchetsboekQuestionDto Question,
    IReadOnlyList<AnswerDto> Answers,
    IReadOnlyList<int> Unlinkable,
    IReadOnlyList<AdoptionDto> AdoptedBy,
    IReadOnlyList<AnswerCandidateDto> Candidates,
    bool CanAnswer,
    int? OwnAdoption);

/// <summary>One question of the schetsboek by its key; 404 for an unknown key.</summary>
public sealed record GetSchetsboekQuestionQuery(string Key) : IQuery<SchetsboekQuestionDetailDto>;

public sealed class GetSchetsboekQuestionHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetSchetsboekQuestionQuery, SchetsboekQuestionDetailDto>
{
    public async ValueTask<SchetsboekQuestionDetailDto> Handle(GetSchetsboekQuestionQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var key = query.Key;
        var question = (await SchetsboekQuestionReads.LoadAsync(db, viewer, q => q.Key == key, cancellationToken)).SingleOrDefault()
            ?? throw NotFoundException.For("SchetsboekQuestion", query.Key);
        var id = await db.SourcedQuestions.Where(q => q.Key == key).Select(q => q.Id).SingleAsync(cancellationToken);

        var links = await db.SourcedQuestions.Where(q => q.Id == id).SelectMany(q => q.Answers)
            .OrderBy(a => a.LinkedAtUtc)
            .Join(db.ReadableReflections(viewer), a => a.ReflectionId, r => r.Id, (a, r) => new { a.LinkedAtUtc, a.LinkedByUserId, r.Id, r.Title, r.ExperimentId })
            .Join(db.Experiments, x => x.ExperimentId, e => e.Id, (x, e) => new { x, e.Title, e.MunicipalityId })
            .Join(db.Municipalities, y => y.MunicipalityId, m => m.Id, (y, m) => new { Answer = new AnswerDto(y.x.Id, y.x.Title, y.x.ExperimentId, y.Title, m.Name, y.x.LinkedAtUtc), y.x.LinkedByUserId })
            .ToListAsync(cancellationToken);

        var adoptedBy = await db.ReadableQuestions(viewer).Where(l => l.SourcedQuestionId == id)
            .Join(db.Municipalities, l => l.MunicipalityId, m => m.Id, (l, m) => new { l, m })
            .OrderBy(x => x.m.Name).ThenBy(x => x.l.Id)
            .Select(x => new AdoptionDto(x.l.Id, x.m.Id, x.m.Name, x.l.Text, x.l.State))
            .ToListAsync(cancellationToken);

        var canAnswer = viewer.CanWriteForAMunicipality();
        var candidates = new List<AnswerCandidateDto>();
        int? ownAdoption = null;
        if (canAnswer)
        {
            var linked = links.Select(l => l.Answer.ReflectionId).ToList();
            var barriers = question.Barriers;
            var lessons = question.Lessons;
            var themes = question.Themes.Select(t => t.Key).ToList();
            candidates = await db.ReadableReflections(viewer)
                .Where(r => !linked.Contains(r.Id))
                .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new { r, e })
                .Where(x => x.r.Barriers.Any(b => barriers.Contains(b.BarrierNumber))
                    || x.r.Lessons.Any(l => lessons.Contains(l.LessonNumber))
                    || x.e.Themes.Any(t => themes.Contains(t.ThemeKey)))
                .OrderByDescending(x => x.r.CreatedAtUtc)
                .Take(QuestionSummaries.MaxCandidates)
                .Join(db.Municipalities, x => x.e.MunicipalityId, m => m.Id, (x, m) => new AnswerCandidateDto(x.r.Id, x.r.Title, m.Name))
                .ToListAsync(cancellationToken);
            var municipalityId = viewer.MunicipalityId!.Value;
            ownAdoption = await db.LearningQuestions.Where(l => l.SourcedQuestionId == id && l.MunicipalityId == municipalityId)
                .OrderBy(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
        }

        return new SchetsboekQuestionDetailDto(
            question,
            [.. links.Select(l => l.Answer)],
            [.. links.Where(l => SchetsboekAnswers.CanUnlink(viewer, l.LinkedByUserId)).Select(l => l.Answer.ReflectionId)],
            adoptedBy,
            candidates,
            canAnswer,
            ownAdoption);
    }
}
