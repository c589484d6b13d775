using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.SaveQuestion;

/// <summary>
/// A member puts a learning question on their municipality's agenda (no id), optionally for one of its
/// experiments, or changes its experiment, tags and visibility. The wording changes by reformulating.
/// </summary>
public sealed record SaveQuestionCommand(
    int? Id,
    int? ExperimentId,
    string Text,
    Visibility Visibility,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<string> Themes) : ICommand<int>;

public sealed class SaveQuestionValidator : AbstractValidator<SaveQuestionCommand>
{
    public SaveQuestionValidator()
    {
        RuleFor(c => c.Text).QuestionText();
        RuleFor(c => c.Visibility).IsInEnum().WithMessage(_ => AppTexts.VisibilityUnknown);
        RuleFor(c => c.Barriers)
            .Must((c, barriers) => barriers.Count + c.Themes.Count > 0).WithMessage(_ => AppTexts.QuestionTagsRequired)
            .Must(b => b.All(n => n is >= 1 and <= Barrier.Count)).WithMessage(_ => AppTexts.BarrierUnknown);
        RuleFor(c => c.Themes).Must(t => t.Count <= 20).WithMessage(_ => AppTexts.ThemeUnknown);
    }
}

public sealed class SaveQuestionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<SaveQuestionCommand, int>
{
    public async ValueTask<int> Handle(SaveQuestionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var municipalityId = viewer.MunicipalityId!.Value;
        var themes = command.Themes.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList();
        var failures = new List<ValidationFailure>();
        if (await db.Themes.CountAsync(t => themes.Contains(t.Key), cancellationToken) != themes.Count)
        {
            failures.Add(new ValidationFailure(nameof(command.Themes), AppTexts.ThemeUnknown));
        }

        if (command.ExperimentId is { } experimentId
            && !await db.Experiments.AnyAsync(e => e.Id == experimentId && e.DeletedAtUtc == null && e.MunicipalityId == municipalityId, cancellationToken))
        {
            failures.Add(new ValidationFailure(nameof(command.ExperimentId), AppTexts.QuestionExperimentUnknown));
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        LearningQuestion question;
        if (command.Id is { } id)
        {
            question = await QuestionRules.LoadAsync(db, id, cancellationToken);
            question.Update(command.ExperimentId, command.Visibility, command.Barriers, themes, now);
        }
        else
        {
            question = new LearningQuestion(municipalityId, command.ExperimentId, command.Text, command.Visibility, command.Barriers, themes, viewer.UserId!, now);
            db.LearningQuestions.Add(question);
        }

        await db.SaveChangesAsync(cancellationToken);
        return question.Id;
    }
}
