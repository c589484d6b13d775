namespace LearningNetwork.Application.Common.Caching;

/// <summary>The portal's clock for a memory cache, so what is kept ages as the portal's time passes (and a test's clock moves).</summary>
public sealed class PortalClock(TimeProvider clock) : Microsoft.Extensions.Internal.ISystemClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
