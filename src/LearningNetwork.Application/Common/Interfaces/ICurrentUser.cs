namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>The signed-in user of this request, as the web layer knows it.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsNetworkAdmin { get; }
}
