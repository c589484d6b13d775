using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.LinkAnswer;

/// <summary>Links a reflection the member can read, of any municipality, as (part of) the answer.</summary>
public sealed record LinkAnswerCommand(int QuestionId, int ReflectionId) : ICommand;

public sealed class LinkAnswerHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<LinkAnswerCommand>
{
    public async ValueTask<Unit> Handle(LinkAnswerCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await QuestionRules.LoadAsync(db, command.QuestionId, cancellationToken);
        if (!await db.ReadableReflections(viewer).AnyAsync(r => r.Id == command.ReflectionId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerReflectionUnknown)]);
        }

        if (!question.LinkAnswer(command.ReflectionId, viewer.UserId!, clock.GetUtcNow().UtcDateTime))
        {
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerAlreadyLinked)]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click linked it a moment ago.
            db.ClearChangeTracker();
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerAlreadyLinked)]);
        }
        return Unit.Value;
    }
}
