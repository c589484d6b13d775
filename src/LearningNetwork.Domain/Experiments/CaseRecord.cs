namespace LearningNetwork.Domain.Experiments;

/// <summary>Works a coupling can ride along with: each has its own owner and its own window.</summary>
public enum WorkKind
{
    SewerReplacement = 1,
    StreetRedesign = 2,
    RenovationByCorporation = 3,
    GridReinforcement = 4,
    HeatNetwork = 5,
    ClimateAdaptation = 6,
    Other = 7,
}

/// <summary>What a project cost, in ranges: exact sums are rarely known or shared.</summary>
public enum CostRange
{
    BelowHundredThousand = 1,
    HundredThousandToOneMillion = 2,
    OneToTenMillion = 3,
    AboveTenMillion = 4,
}

/// <summary>Where the money came from.</summary>
public enum FundingSource
{
    OwnBudget = 1,
    Subsidy = 2,
    HousingCorporation = 3,
    GridOperator = 4,
    Residents = 5,
    Other = 6,
}

/// <summary>Instruments of law and contract that can decide a coupling, for or against (barrier 5 of the schetsboek: existing framework contracts).</summary>
public enum LegalInstrument
{
    FrameworkContract = 1,
    PublicTender = 2,
    NegotiatedProcedure = 3,
    BuildingTeam = 4,
    SocialReturn = 5,
    Permit = 6,
    EnvironmentPlan = 7,
    Other = 8,
}

/// <summary>Whether an instrument was used, or stood in the way.</summary>
public enum InstrumentEffect
{
    Used = 1,
    InTheWay = 2,
}

/// <summary>Departments of a municipality a coupling involves (barrier 2 of the schetsboek: different ways of thinking and working inside the municipality).</summary>
public enum Department
{
    Housing = 1,
    SpatialPlanning = 2,
    PublicSpace = 3,
    Sustainability = 4,
    SocialDomain = 5,
    EconomyAndWork = 6,
    Finance = 7,
    ProcurementAndLegal = 8,
    Communication = 9,
}

/// <summary>Roles outside the municipality the schetsboek's examples rely on.</summary>
public enum OutsideRole
{
    NeighbourhoodAmbassador = 1,
    EnergyCoach = 2,
    LocalContactPoint = 3,
    WaterCompany = 4,
    EnergySupplier = 5,
    Installer = 6,
    EnergyDesk = 7,
    HousingCorporation = 8,
    GridOperator = 9,
}

/// <summary>Planned and actual months of one phase (a status on the usual path); each month is the first day of it.</summary>
public sealed record PhaseDates(ExperimentStatus Phase, DateOnly? PlannedFrom, DateOnly? PlannedTo, DateOnly? ActualFrom, DateOnly? ActualTo)
{
    public bool IsEmpty() => PlannedFrom is null && PlannedTo is null && ActualFrom is null && ActualTo is null;
}

/// <summary>Works the project couples to or could: what, whose, when (months), and whether it is coupled yet.</summary>
public sealed record CoupledWork(WorkKind Kind, string Description, string? Owner, DateOnly? WindowFrom, DateOnly? WindowTo, bool Coupled);

public sealed record Funding(FundingSource Source, string? Name);

public sealed record LegalItem(LegalInstrument Instrument, InstrumentEffect Effect);

/// <summary>
/// The full case record of a project, beyond what the main form holds: timing, money, law and contracts, and who is
/// involved. All of it optional; the page shows only what is filled. Kept with the project (one column), so the
/// project page reads it with the project.
/// </summary>
public sealed record CaseRecord(
    IReadOnlyList<PhaseDates> Phases,
    IReadOnlyList<CoupledWork> Works,
    CostRange? Costs,
    IReadOnlyList<Funding> Funding,
    int? UnprofitableTopPerHome,
    bool StructuralBudget,
    IReadOnlyList<LegalItem> Legal,
    string? LegalNote,
    IReadOnlyList<Department> Departments,
    Department? OwningDepartment,
    IReadOnlyList<OutsideRole> Roles,
    IReadOnlyList<string> ContactUserIds)
{
    public const int MaxWorks = 10;
    public const int WorkDescriptionMaxLength = 200;
    public const int OwnerMaxLength = 150;
    public const int FundingNameMaxLength = 150;
    public const int LegalNoteMaxLength = 2000;
    public const int MaxUnprofitableTopPerHome = 1_000_000;
    public const int MaxContacts = 5;

    /// <summary>The phases that have dates: the usual path, Idea to Anchored.</summary>
    public static readonly IReadOnlyList<ExperimentStatus> DatedPhases =
        [ExperimentStatus.Idea, ExperimentStatus.Preparing, ExperimentStatus.Running, ExperimentStatus.Realised, ExperimentStatus.Anchored];

    public static CaseRecord Empty { get; } = new([], [], null, [], null, false, [], null, [], null, [], []);

    /// <summary>What people wrote in it, for the search: the works, their owners, the funds' names, the note on law.</summary>
    public IEnumerable<string> Texts() =>
        Works.SelectMany(w => new[] { w.Description, w.Owner }).Concat(Funding.Select(f => f.Name)).Append(LegalNote)
            .Where(t => !string.IsNullOrWhiteSpace(t)).Select(t => t!);

    /// <summary>Every value the list page can filter a record on, kind first: <c>funding.Subsidy</c>, <c>instrument.BuildingTeam</c>, …</summary>
    public static IReadOnlyList<string> AllTags { get; } =
    [
        .. Enum.GetValues<WorkKind>().Select(v => Tag("work", v)),
        .. Enum.GetValues<FundingSource>().Select(v => Tag("funding", v)),
        .. Enum.GetValues<LegalInstrument>().Select(v => Tag("instrument", v)),
        .. Enum.GetValues<Department>().Select(v => Tag("department", v)),
        .. Enum.GetValues<OutsideRole>().Select(v => Tag("role", v)),
    ];

    /// <summary>What the list page filters this record on: its works' kinds, funding sources, instruments (used or in the way), departments and roles.</summary>
    public IEnumerable<string> Tags() =>
        Works.Select(w => Tag("work", w.Kind))
            .Concat(Funding.Select(f => Tag("funding", f.Source)))
            .Concat(Legal.Select(l => Tag("instrument", l.Instrument)))
            .Concat(Departments.Append(OwningDepartment ?? default).Where(Enum.IsDefined).Select(d => Tag("department", d)))
            .Concat(Roles.Select(r => Tag("role", r)))
            .Distinct();

    /// <summary>Who is named to be asked about the project: its contact person (when set) and these others.</summary>
    public IEnumerable<string> Contacts(string? contactPerson) => contactPerson is null ? ContactUserIds : ContactUserIds.Prepend(contactPerson);

    private static string Tag<T>(string kind, T value)
        where T : struct, Enum => $"{kind}.{value}";

    public bool IsEmpty() =>
        Phases.All(p => p.IsEmpty()) && Works.Count == 0 && Costs is null && Funding.Count == 0 && UnprofitableTopPerHome is null && !StructuralBudget
        && Legal.Count == 0 && LegalNote is null && Departments.Count == 0 && OwningDepartment is null && Roles.Count == 0 && ContactUserIds.Count == 0;
}
