using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Notifications;
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

        var now = clock.GetUtcNow().UtcDateTime;
        if (!question.LinkAnswer(command.ReflectionId, viewer.UserId!, now))
        {
            throw new ValidationException([new ValidationFailure("ReflectionId", AppTexts.AnswerAlreadyLinked)]);
        }

        // The municipality whose question it is hears of the answer, in the same save.
        var members = await db.Memberships.Where(m => m.MunicipalityId == question.MunicipalityId).Select(m => m.UserId).ToListAsync(cancellationToken);
        var reflection = await ReflectionAudience.LoadAsync(db, command.ReflectionId, cancellationToken);
        await Notify.AddAsync(
            db,
            members,
            viewer.UserId!,
            new(NotificationKind.AnswerToOurQuestion, $"answer:{question.Id}:{command.ReflectionId}", question.Text, viewer.UserId, reflection.Title, $"/learning-agenda/{question.Id}"),
            reflection.MayRead,
            now,
            cancellationToken);

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
