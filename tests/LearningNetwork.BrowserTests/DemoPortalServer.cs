namespace LearningNetwork.BrowserTests;

/// <summary>The portal with the demo people, projects, reflections and learning questions (Development).</summary>
public sealed class DemoPortalServer : PortalServer
{
    protected override string Environment => "Development";
}
