using LearningNetwork.Application.Common.Audit;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Moderation;
using Mediator;

namespace LearningNetwork.Application.Moderation.DismissReports;

/// <summary>A network admin closes the open reports on an item without hiding it; audited.</summary>
public sealed record DismissReportsCommand(ReportTarget Target, int TargetId) : ICommand, INetworkAdminOnly;

public sealed class DismissReportsHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<DismissReportsCommand>
{
    public async ValueTask<Unit> Handle(DismissReportsCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var resolved = await ReportResolution.ResolveAsync(db, command.Target, command.TargetId, ReportOutcome.Dismissed, viewer.UserId!, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (resolved == 0)
        {
            throw NotFoundException.For("Report", $"{command.Target} {command.TargetId}");
        }

        db.Record(clock, viewer.UserId, AuditAction.ReportDismissed, null, null, $"{command.Target} #{command.TargetId}");
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
