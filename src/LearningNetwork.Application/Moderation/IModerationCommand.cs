
namespace LearningNetwork.Application.Moderation;

/// <summary>Hiding or showing again: a reason is required to hide, and it goes into the audit log.</summary>
public interface IModerationCommand
{
    bool Hide { get; }

    string? Reason { get; }
}
