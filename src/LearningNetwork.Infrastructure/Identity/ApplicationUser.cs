using Microsoft.AspNetCore.Identity;

namespace LearningNetwork.Infrastructure.Identity;

/// <summary>A person with an account. The e-mail address is also the user name.</summary>
public sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    public string? JobTitle { get; set; }

    /// <summary>Two-letter language of the mail this person receives (nl or en).</summary>
    public string PreferredLanguage { get; set; } = Domain.Common.Languages.Dutch;

    public DateTime CreatedAtUtc { get; set; }

    /// <summary>The weekly digest: on unless the person switched it off (settings or one-click unsubscribe).</summary>
    public bool WeeklyDigest { get; set; } = true;

    /// <summary>The 30-second step of the last authenticator code accepted: that code and older ones are refused.</summary>
    public long? LastAuthenticatorTimeStep { get; set; }
}
