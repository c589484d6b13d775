namespace LearningNetwork.Web.Infrastructure;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>
    /// The address people reach the portal at, e.g. <c>https://koppelkansen.example.nl</c>. Links in e-mail use it;
    /// when empty they use the address of the request (fine on one machine, not behind a proxy).
    /// </summary>
    public Uri? PublicUrl { get; set; }
}
