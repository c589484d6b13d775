namespace LearningNetwork.Infrastructure.Identity;

public static class Roles
{
    public const string NetworkAdmin = "NetworkAdmin";

    public static IReadOnlyList<string> All { get; } = [NetworkAdmin];
}
