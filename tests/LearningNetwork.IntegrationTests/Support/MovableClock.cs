using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>The system clock plus an offset the test moves forward, for session lifetimes and other time rules.</summary>
public sealed class MovableClock : TimeProvider
{
    private TimeSpan _offset;

    public void Advance(TimeSpan by) => _offset += by;

    /// <summary>Jumps to a moment; time runs on from there.</summary>
    public void SetTo(DateTimeOffset moment) => _offset = moment - System.GetUtcNow();

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _offset;
}

/// <summary>A portal whose every use of time (cookies, security stamps, the app) reads the movable clock.</summary>
public sealed class ClockedPortalFactory : PortalFactory
{
    public ClockedPortalFactory()
    {
    }

    /// <summary>A portal on an existing data folder and clock: the same installation started again.</summary>
    public ClockedPortalFactory(string dataFolder, MovableClock clock)
        : base(dataFolder) => Clock = clock;

    public MovableClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
