namespace LearningNetwork.Domain.Experiments;

/// <summary>What the anchoring watch flags in a project (barrier 3 of the schetsboek: lastig, mooie projecten in de organisatie verankeren).</summary>
public enum AnchoringFlagKind
{
    /// <summary>Fewer than two people can be asked about it: the schetsboek's example is the one who knew, and retired.</summary>
    SingleContact = 1,

    /// <summary>In Idee or Voorbereiding for longer than the network's median before the step to Uitvoering.</summary>
    LongInEarlyPhase = 2,

    /// <summary>Claimed "Verankerd" without a structural budget line or an owning department in its record.</summary>
    AnchoredWithoutBudget = 3,
}

/// <summary>A member set a flag aside, saying why; the flag stays aside for that project until it is restored.</summary>
public sealed class AnchoringDismissal
{
    public const int ReasonMaxLength = 500;

    public AnchoringDismissal(int experimentId, AnchoringFlagKind kind, string reason, string userId, DateTime nowUtc)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentException.ThrowIfNullOrWhiteSpace(userId);
        ExperimentId = experimentId;
        Kind = kind;
        Reason = reason.Trim();
        DismissedByUserId = userId;
        DismissedAtUtc = nowUtc;
    }

    private AnchoringDismissal()
    {
        Reason = null!;
        DismissedByUserId = null!;
    }

    public int Id { get; private set; }

    public int ExperimentId { get; private set; }

    public AnchoringFlagKind Kind { get; private set; }

    public string Reason { get; private set; }

    public string DismissedByUserId { get; private set; }

    public DateTime DismissedAtUtc { get; private set; }
}
