namespace LearningNetwork.Application.Common.Interfaces;


/// <summary>A person as network admins see them when managing accounts.</summary>
public sealed record AdminPersonDto(string Id, string DisplayName, string Email, bool EmailConfirmed, bool Disabled, DateTime CreatedAtUtc);

/// <summary>
/// What network admins do with people's accounts, and the first network admin.
/// ASP.NET Core Identity behind a small surface, so use cases do not depend on it.
/// </summary>
public interface IPeopleAdministration
{
    /// <summary>People whose e-mail address contains the text (at most 50), for network admins.</summary>
    Task<IReadOnlyList<AdminPersonDto>> FindPeopleAsync(string? emailContains, CancellationToken cancellationToken);

    /// <summary>Ends every session of the person at its next request; false when there is no such person.</summary>
    Task<bool> EndSessionsAsync(string userId);

    /// <summary>Blocks or unblocks signing in; blocking also ends every session. False when there is no such person.</summary>
    Task<bool> SetDisabledAsync(string userId, bool disabled);

    /// <summary>Creates a confirmed account with the network-admin role, or gives an existing account that role.</summary>
    Task<bool> EnsureNetworkAdminAsync(string email, string displayName, string? password, CancellationToken cancellationToken);
}
