using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Following;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Following.RecordVisit;

/// <summary>The signed-in person was seen now; a gap of <see cref="VisitGap"/> or more starts a new visit.</summary>
public sealed record RecordVisitCommand(TimeSpan VisitGap) : ICommand;

public sealed class RecordVisitHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<RecordVisitCommand>
{
    public async ValueTask<Unit> Handle(RecordVisitCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        if (!viewer.IsSignedIn())
        {
            return Unit.Value;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var visit = await db.Visits.SingleOrDefaultAsync(v => v.UserId == viewer.UserId, cancellationToken);
        if (visit is null)
        {
            db.Visits.Add(new Visit(viewer.UserId!, now));
        }
        else
        {
            visit.Touch(now, command.VisitGap);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two first requests at once both created the row; one of them is enough.
            db.ClearChangeTracker();
        }

        return Unit.Value;
    }
}
