using System.Diagnostics;
using System.Text;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>Runs the built portal as its own process, the way an operator would, and captures what it prints.</summary>
public static class PortalProcess
{
    public sealed record Result(int ExitCode, string Output);

    public static async Task<Result> RunAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        using var process = Start(environment, args);
        process.StandardInput.Close();
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The portal process did not exit within 90 seconds: " + await stdout);
        }

        output.Append(await stdout).Append(await stderr);
        return new Result(process.ExitCode, output.ToString());
    }

    /// <summary>Starts the portal (Production, any free port unless set) with its output and input redirected.</summary>
    public static Process Start(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = WebProjectDirectory(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "LearningNetwork.Web.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_URLS"] = "http://127.0.0.1:0";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Process.Start(start) ?? throw new InvalidOperationException("Could not start the portal.");
    }

    private static string WebProjectDirectory()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LearningNetwork.sln")))
        {
            directory = directory.Parent;
        }

        return directory is null
            ? AppContext.BaseDirectory
            : Path.Combine(directory.FullName, "src", "LearningNetwork.Web");
    }
}
