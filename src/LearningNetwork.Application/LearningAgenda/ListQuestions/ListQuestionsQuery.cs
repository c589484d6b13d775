using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.ListQuestions;

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

        // Everyone who may read the same reads the same questions (on a project page, a municipality's page): kept until the next save.
        return await cache.ForReadersAsync(viewer, $"questions|{query.MunicipalityId}|{query.ExperimentId}", () => LoadAsync(query, viewer, cancellationToken), questions => questions.Count / 20);
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
