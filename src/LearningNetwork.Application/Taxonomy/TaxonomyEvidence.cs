namespace LearningNetwork.Application.Taxonomy;

public static class TaxonomyEvidence
{
    /// <summary>How many experiments a lesson or barrier page shows; the browse page has them all.</summary>
    public const int MaxExperiments = 50;

    public const int MaxReflections = 20;
}

/// <summary>A reflection shown on a lesson or barrier page: the most recognised first.</summary>
public sealed record TaggedReflectionDto(int Id, int ExperimentId, string ExperimentTitle, string Municipality, Domain.Reflections.ReflectionKind Kind, string Title, string BodyHtml, int Recognitions);
