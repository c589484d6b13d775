namespace LearningNetwork.Domain.Common;

/// <summary>Who may read an item (and everything under it).</summary>
public enum Visibility
{
    /// <summary>Only members of the owning municipality.</summary>
    Draft = 0,

    /// <summary>Every signed-in user.</summary>
    Network = 1,

    /// <summary>Everyone, also without signing in.</summary>
    Public = 2,
}
