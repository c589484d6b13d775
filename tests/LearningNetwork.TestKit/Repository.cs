namespace LearningNetwork.TestKit;

/// <summary>Where the source is, found from the running assembly upwards.</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    /// <summary>The web project's folder: the portal's content root when it runs as a child process.</summary>
    public static string WebProject => Path.Combine(Root, "src", "LearningNetwork.Web");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "LearningNetwork.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Run this from inside the repository.");
    }
}
