using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Mail;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Digests.RetryMail;

/// <summary>A network admin sends a failed mail again.</summary>
public sealed record RetryMailCommand(int Id) : ICommand, INetworkAdminOnly;

public sealed class RetryMailHandler(IAppDbContext db, IDeliverySignal signal, TimeProvider clock) : ICommandHandler<RetryMailCommand>
{
    public async ValueTask<Unit> Handle(RetryMailCommand command, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == command.Id && m.Status == OutboxStatus.Failed, cancellationToken)
            ?? throw NotFoundException.For("Mail", command.Id);
        message.Retry(clock.GetUtcNow().UtcDateTime);
        if (message.DigestDeliveryId is { } digestId)
        {
            (await db.DigestDeliveries.SingleAsync(d => d.Id == digestId, cancellationToken)).Requeue();
        }

        await db.SaveChangesAsync(cancellationToken);
        signal.Notify();
        return Unit.Value;
    }
}
