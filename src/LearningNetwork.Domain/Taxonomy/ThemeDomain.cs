namespace LearningNetwork.Domain.Taxonomy;

/// <summary>Coupling themes lie in the physical or in the social domain.</summary>
public enum ThemeDomain
{
    Physical = 1,
    Social = 2,
}
