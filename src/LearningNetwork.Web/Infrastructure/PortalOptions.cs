namespace LearningNetwork.Web.Infrastructure;

/// <summary>The <c>Portal</c> configuration section.</summary>
public sealed class PortalOptions
{
    public const string SectionName = "Portal";

    /// <summary>
    /// The address people reach the portal at, e.g. <c>https://koppelkansen.example.nl</c>. Links in e-mail use it;
    /// when empty they use the address of the request (fine on one machine, not behind a proxy), and mail composed in
    /// the background (the weekly digest) uses <see cref="LocalFallback"/>: set it in production.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Where links in mail composed in the background point when <see cref="PublicUrl"/> is not set.</summary>
    public static Uri LocalFallback { get; } = new("http://localhost:5080");
}

/// <summary>Start-up warnings about the portal's configuration.</summary>
internal static partial class PortalLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal:PublicUrl is not set: links in the weekly digest (and its unsubscribe header) point at {Fallback}. Set it to the address people reach the portal at.")]
    public static partial void PublicUrlMissing(ILogger logger, Uri fallback);
}
