
namespace LearningNetwork.Application.Experiments.DeleteExperiment;

public static class ExperimentDeletion
{
    /// <summary>How long network admins can bring a deleted experiment back.</summary>
    public static readonly TimeSpan RestoreWindow = TimeSpan.FromDays(30);
}
