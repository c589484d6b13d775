namespace LearningNetwork.Domain.Experiments;

/// <summary>
/// Where a coupling experiment stands. The usual path is Idea → Preparing → Running → Realised → Anchored
/// (embedded in the organisation); Stalled, Stopped and NotCoupled need a reason. NotCoupled is an outcome of its
/// own: the schetsboek says integral work does not mean taking everything along, and that coupling may turn out not
/// to be possible in practice. Moving back is allowed: the schetsboek's game of goose, a step back to take two forward.
/// </summary>
public enum ExperimentStatus
{
    Idea = 1,
    Preparing = 2,
    Running = 3,
    Realised = 4,
    Anchored = 5,
    Stalled = 6,
    Stopped = 7,
    NotCoupled = 8,
}

/// <summary>How a barrier showed up in an experiment.</summary>
public enum BarrierState
{
    Encountered = 1,
    Overcome = 2,
    StillBlocking = 3,
}

/// <summary>
/// How a lesson turned out in a project: applying it helped (fully or partly) or not, the lesson was learned because
/// it was missing (as Tilburg learned lesson 1 when the urgency for asbestos removal turned out to be absent), or it
/// is not known yet.
/// </summary>
public enum LessonHelped
{
    Yes = 1,
    Partly = 2,
    No = 3,
    LearnedByAbsence = 4,
    NotYetKnown = 5,
}

public enum PartnerType
{
    HousingCorporation = 1,
    GridOperator = 2,
    HeatCompany = 3,
    WaterBoard = 4,
    EnergyCooperative = 5,
    Contractor = 6,
    ResidentsGroup = 7,
    Other = 8,
}

/// <summary>What a timeline entry records: a status change, or a moment members add themselves.</summary>
public enum TimelineEntryKind
{
    StatusChange = 1,
    Milestone = 2,
    Setback = 3,
    EyeOpener = 4,
}

public static class ExperimentStatuses
{
    /// <summary>Statuses that need a reason.</summary>
    public static bool NeedsReason(this ExperimentStatus status) => status is ExperimentStatus.Stalled or ExperimentStatus.Stopped or ExperimentStatus.NotCoupled;
}
