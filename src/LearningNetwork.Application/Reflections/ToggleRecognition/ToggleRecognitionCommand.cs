using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Notifications;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Domain.Reflections;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Reflections.ToggleRecognition;

/// <summary>Marks a reflection "herkenbaar" (recognisable), or takes the mark back: one per person. True when marked now.</summary>
public sealed record ToggleRecognitionCommand(int ReflectionId) : ICommand<bool>, ISignedInOnly;

public sealed class ToggleRecognitionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ToggleRecognitionCommand, bool>
{
    public async ValueTask<bool> Handle(ToggleRecognitionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var reflectionId = command.ReflectionId;
        var existing = await db.Recognitions.SingleOrDefaultAsync(r => r.ReflectionId == reflectionId && r.UserId == viewer.UserId, cancellationToken);
        if (existing is not null)
        {
            await db.RemoveMarkAsync(existing, cancellationToken);
            return false;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Recognitions.Add(new Recognition(reflectionId, viewer.UserId!, now));
        // The author hears of it once per person who marked it, however often the mark is taken back and set again.
        var reflection = await ReflectionAudience.LoadAsync(db, reflectionId, cancellationToken);
        await Notify.AddAsync(
            db,
            [reflection.AuthorUserId],
            viewer.UserId!,
            new(NotificationKind.ReflectionRecognised, $"recognised:{reflectionId}:{viewer.UserId}", reflection.Title, viewer.UserId, null, $"/reflections/{reflectionId}"),
            reflection.MayRead,
            now,
            cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click raced this one: whatever the clicks left in place is what the person sees.
            db.ClearChangeTracker();
            return await db.Recognitions.AnyAsync(r => r.ReflectionId == reflectionId && r.UserId == viewer.UserId, cancellationToken);
        }

        return true;
    }
}
