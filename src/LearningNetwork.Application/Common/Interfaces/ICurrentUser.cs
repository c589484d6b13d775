namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>The signed-in user of this request, as the web layer knows it.</summary>
public interface ICurrentUser
{
    string? UserId { get; }

    bool IsNetworkAdmin { get; }

    /// <summary>The request only reads (GET or HEAD): it may be served what is kept of who the user is.</summary>
    bool IsReading { get; }
}
