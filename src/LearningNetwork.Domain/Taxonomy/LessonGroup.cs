namespace LearningNetwork.Domain.Taxonomy;

/// <summary>The portal's grouping of the lessons by whom they are about; the schetsboek itself does not group them.</summary>
public enum LessonGroup
{
    Starting = 1,
    ExternalPartners = 2,
    Internal = 3,
    Residents = 4,
}
