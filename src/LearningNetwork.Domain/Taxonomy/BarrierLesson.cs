namespace LearningNetwork.Domain.Taxonomy;

/// <summary>The schetsboek's cross-reference from a barrier to a lesson that helps against it.</summary>
public sealed class BarrierLesson
{
    public BarrierLesson(int barrierNumber, int lessonNumber)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lessonNumber, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(lessonNumber, Lesson.Count);
        BarrierNumber = barrierNumber;
        LessonNumber = lessonNumber;
    }

    public int BarrierNumber { get; private set; }

    public int LessonNumber { get; private set; }
}
