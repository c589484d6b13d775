namespace LearningNetwork.Application.Taxonomy;

public static class TaxonomyEvidence
{
    /// <summary>How many experiments a lesson or barrier page shows; the browse page has them all.</summary>
    public const int MaxExperiments = 50;
}
