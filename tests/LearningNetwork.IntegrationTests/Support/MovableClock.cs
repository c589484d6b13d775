using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>The system clock plus an offset the test moves forward, for session lifetimes and other time rules.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}

/// <summary>A portal whose every use of time (cookies, security stamps, the app) reads the movable clock.</summary>
public sealed class ClockedPortalFactory : PortalFactory
{
    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
