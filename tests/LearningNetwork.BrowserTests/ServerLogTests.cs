using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Xunit.Abstractions;

namespace LearningNetwork.BrowserTests;

/// <summary>The portal's warnings and errors reach the running test's output; its information lines do not.</summary>
public sealed class ServerLogTests(PortalServer server) : IClassFixture<PortalServer>
{
    [Fact]
    public void Warnings_and_errors_go_to_the_attached_test_those_before_it_first_and_information_never()
    {
        var log = new ServerLog();
        using var logger = new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(log).CreateLogger();
        var first = new RecordedOutput();
        var second = new RecordedOutput();

        logger.Warning("Before any test: {Thing}", "starting");
        logger.Information("Quiet start");
        using (log.WriteTo(first))
        {
            logger.Information("Just busy");
            logger.Debug("Details");
            logger.Error(new InvalidOperationException("The database is locked"), "Sign-in failed for {Email}", "a@b.nl");
        }

        logger.Warning("Between tests");
        using (log.WriteTo(second))
        {
            logger.Fatal("Stopping");
        }

        Assert.Collection(
            first.Lines,
            line => Assert.Matches(@"^\[portal \d\d:\d\d:\d\d\.\d{3} WRN\] : Before any test: starting$", line),
            line =>
            {
                Assert.Contains(" ERR] : Sign-in failed for a@b.nl", line, StringComparison.Ordinal);
                Assert.Contains("System.InvalidOperationException: The database is locked", line, StringComparison.Ordinal);
            });
        Assert.Collection(
            second.Lines,
            line => Assert.EndsWith("WRN] : Between tests", line, StringComparison.Ordinal),
            line => Assert.EndsWith("FTL] : Stopping", line, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_portal_writes_its_own_warnings_to_the_test_and_not_its_information()
    {
        var output = new RecordedOutput();
        var other = new RecordedOutput();
        using (server.Log.WriteTo(output))
        {
            // A second portal in the same process, started and stopped meanwhile, takes none of the first one's lines.
            using (var second = new PortalServer())
            using (second.Log.WriteTo(other))
            {
                Logger(server).LogInformation("An ordinary request");
                Logger(server).LogWarning("Something to look at");
                Logger(second).LogWarning("Something at the second portal");
            }

            Logger(server).LogError("Something wrong after the second portal stopped");
        }

        // The Production portal without Portal:PublicUrl says so when it starts, before any test is there to listen.
        Assert.Contains(output.Lines, line => line.Contains("WRN] LearningNetwork.Web: Portal:PublicUrl is not set", StringComparison.Ordinal));
        Assert.Contains(output.Lines, line => line.EndsWith("WRN] LearningNetwork.Test: Something to look at", StringComparison.Ordinal));
        Assert.Contains(output.Lines, line => line.EndsWith("ERR] LearningNetwork.Test: Something wrong after the second portal stopped", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, line => line.Contains("An ordinary request", StringComparison.Ordinal) || line.Contains(" INF]", StringComparison.Ordinal));
        Assert.DoesNotContain(output.Lines, line => line.Contains("Something at the second portal", StringComparison.Ordinal));
        Assert.Contains(other.Lines, line => line.EndsWith("WRN] LearningNetwork.Test: Something at the second portal", StringComparison.Ordinal));
        Assert.DoesNotContain(other.Lines, line => line.Contains("Something to look at", StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Logging.ILogger Logger(PortalServer portal) =>
        portal.Services.GetRequiredService<ILoggerFactory>().CreateLogger("LearningNetwork.Test");

    private sealed class RecordedOutput : ITestOutputHelper
    {
        public List<string> Lines { get; } = [];

        public void WriteLine(string message) => Lines.Add(message);

        public void WriteLine(string format, params object[] args) => Lines.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
    }
}
