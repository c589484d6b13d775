using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Digests;
using Mediator;

namespace LearningNetwork.Application.Digests.SendTestDigest;

/// <summary>
/// The signed-in person's digest now, as a mail marked as a test, through the outbox like all mail; returns the address
/// it goes to. It is not the week's delivery: no <see cref="DigestDelivery"/> is added or changed.
/// </summary>
public sealed record SendTestDigestCommand : ICommand<string>, ISignedInOnly;

public sealed class SendTestDigestHandler(DigestSender sender, IMailSender mail, ViewerProvider viewers) : ICommandHandler<SendTestDigestCommand, string>
{
    public async ValueTask<string> Handle(SendTestDigestCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var test = await sender.TestMailAsync(viewer.UserId!, cancellationToken);
        await mail.SendAsync(test, cancellationToken);
        return test.ToAddress;
    }
}
