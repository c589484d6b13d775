namespace LearningNetwork.Application.Common.Security;

/// <summary>
/// What pages may offer the viewer beyond a use case's own flags, by the rules of <see cref="Access"/>: views show
/// menus and actions by these, never by a role of their own (ArchitectureTests checks the compiled views).
/// </summary>
public sealed record Permissions(bool SignedIn, bool Moderate, bool AdministerNetwork, bool ManageMunicipalities)
{
    public static Permissions Of(Viewer viewer) =>
        new(viewer.IsSignedIn(), viewer.CanModerate(), viewer.CanAdministerNetwork(), viewer.CanManageMunicipalities());
}
