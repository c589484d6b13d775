namespace LearningNetwork.Domain.Taxonomy;

/// <summary>The schetsboek groups its lessons by whom they are about.</summary>
public enum LessonGroup
{
    Starting = 1,
    ExternalPartners = 2,
    Internal = 3,
    Residents = 4,
}
