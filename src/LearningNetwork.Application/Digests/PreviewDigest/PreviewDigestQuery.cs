using LearningNetwork.Application.Common.Security;
using Mediator;

namespace LearningNetwork.Application.Digests.PreviewDigest;

/// <summary>The signed-in person's next digest as it would be composed now.</summary>
public sealed record PreviewDigestQuery : IQuery<DigestContent>, ISignedInOnly;

public sealed class PreviewDigestHandler(DigestSender sender, ViewerProvider viewers) : IQueryHandler<PreviewDigestQuery, DigestContent>
{
    public async ValueTask<DigestContent> Handle(PreviewDigestQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        return await sender.PreviewAsync(viewer.UserId!, cancellationToken);
    }
}
