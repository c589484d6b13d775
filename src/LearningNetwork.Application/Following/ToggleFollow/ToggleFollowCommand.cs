using System.Globalization;
using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following.ToggleFollow;

/// <summary>Follows a lesson, barrier, theme, municipality or experiment, or stops following it. True when following now.</summary>
public sealed record ToggleFollowCommand(FollowKind Kind, string Key) : ICommand<bool>, ISignedInOnly;

public sealed class ToggleFollowValidator : AbstractValidator<ToggleFollowCommand>
{
    public ToggleFollowValidator()
    {
        RuleFor(c => c.Kind).IsInEnum().WithMessage(_ => AppTexts.FollowKindUnknown);
        RuleFor(c => c.Key).Must(k => !string.IsNullOrWhiteSpace(k) && k.Length <= Follow.KeyMaxLength).WithMessage(_ => AppTexts.FollowTargetUnknown);
    }
}

public sealed class ToggleFollowHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<ToggleFollowCommand, bool>
{
    public async ValueTask<bool> Handle(ToggleFollowCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!await FollowTargets.ExistsAsync(db, viewer, command.Kind, command.Key, cancellationToken))
        {
            throw new ValidationException([new ValidationFailure(string.Empty, AppTexts.FollowTargetUnknown)]);
        }

        var userId = viewer.UserId!;
        if (await db.Follows.SingleOrDefaultAsync(f => f.UserId == userId && f.Kind == command.Kind && f.Key == command.Key, cancellationToken) is { } existing)
        {
            await db.RemoveMarkAsync(existing, cancellationToken);
            return false;
        }

        db.Follows.Add(new Follow(userId, command.Kind, command.Key, clock.GetUtcNow().UtcDateTime));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // A double click raced this one: whatever the clicks left in place is what the person sees.
            db.ClearChangeTracker();
            return await db.Follows.AnyAsync(f => f.UserId == userId && f.Kind == command.Kind && f.Key == command.Key, cancellationToken);
        }

        return true;
    }
}

internal static class FollowTargets
{
    public static async Task<bool> ExistsAsync(IAppDbContext db, Viewer viewer, FollowKind kind, string key, CancellationToken cancellationToken)
    {
        var number = int.TryParse(key, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n.ToString(CultureInfo.InvariantCulture) == key ? n : (int?)null;
        return kind switch
        {
            FollowKind.Lesson => number is { } lesson && await db.Lessons.AnyAsync(l => l.Number == lesson, cancellationToken),
            FollowKind.Barrier => number is { } barrier && await db.Barriers.AnyAsync(b => b.Number == barrier, cancellationToken),
            FollowKind.Theme => await db.Themes.AnyAsync(t => t.Key == key, cancellationToken),
            FollowKind.Municipality => number is { } municipality && await db.Municipalities.AnyAsync(m => m.Id == municipality, cancellationToken),
            FollowKind.Experiment => number is { } experiment && await db.ReadableExperiments(viewer).AnyAsync(e => e.Id == experiment, cancellationToken),
            FollowKind.SchetsboekQuestion => await db.SourcedQuestions.AnyAsync(q => q.Key == key, cancellationToken),
            _ => false,
        };
    }
}
