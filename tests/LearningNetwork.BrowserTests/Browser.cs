using Microsoft.Playwright;

namespace LearningNetwork.BrowserTests;

/// <summary>Debian's Chromium driven by Playwright; nothing is downloaded.</summary>
public static class Browser
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright) =>
        await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
            ],
        });

    /// <summary>Screenshots go to TestResults/screenshots beside the test project, kept as CI artefacts.</summary>
    public static string ScreenshotPath(string name)
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "TestResults", "screenshots");
        Directory.CreateDirectory(directory);
        return Path.GetFullPath(Path.Combine(directory, name + ".png"));
    }
}
