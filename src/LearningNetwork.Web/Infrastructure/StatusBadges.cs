using LearningNetwork.Domain.Experiments;

namespace LearningNetwork.Web.Infrastructure;

public static class StatusBadges
{
    /// <summary>The NL Design System status-badge modifier for an experiment's status.</summary>
    public static string CssClass(this ExperimentStatus status) => status switch
    {
        ExperimentStatus.Realised or ExperimentStatus.Anchored => "utrecht-status-badge utrecht-status-badge--success",
        ExperimentStatus.Stalled => "utrecht-status-badge utrecht-status-badge--warning",
        ExperimentStatus.Stopped => "utrecht-status-badge utrecht-status-badge--danger",
        ExperimentStatus.NotCoupled => "utrecht-status-badge utrecht-status-badge--neutral",
        _ => "utrecht-status-badge utrecht-status-badge--active",
    };
}
