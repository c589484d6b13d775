using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Application.Resources;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.LinkSchetsboekAnswer;

/// <summary>A member links a reflection they can read, of any municipality, as (part of) the answer to a question of the schetsboek.</summary>
public sealed record LinkSchetsboekAnswerCommand(string Key, int ReflectionId) : ICommand;

public sealed class LinkSchetsboekAnswerHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<LinkSchetsboekAnswerCommand>
{
    public async ValueTask<Unit> Handle(LinkSchetsboekAnswerCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var question = await SchetsboekAnswers.LoadAsync(db, command.Key, cancellationToken);
        if (!await db.ReadableReflections(viewer).AnyAsync(r => r.Id == command.ReflectionId, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.ReflectionId), AppTexts.AnswerReflectionUnknown)]);
        }

        if (!question.LinkAnswer(command.ReflectionId, viewer.UserId!, clock.GetUtcNow().UtcDateTime))
        {
            throw new ValidationException([new ValidationFailure(nameof(command.ReflectionId), AppTexts.AnswerAlreadyLinked)]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click, or another member, linked it a moment ago.
            db.ClearChangeTracker();
            throw new ValidationException([new ValidationFailure(nameof(command.ReflectionId), AppTexts.AnswerAlreadyLinked)]);
        }

        return Unit.Value;
    }
}
