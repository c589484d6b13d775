using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Experiments;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Experiments.SaveCaseRecord;

/// <summary>A phase's months as the month fields give them (<c>2027-03</c>); empty when not known.</summary>
public sealed record PhaseInput(ExperimentStatus Phase, string? PlannedFrom, string? PlannedTo, string? ActualFrom, string? ActualTo);

public sealed record WorkInput(WorkKind Kind, string Description, string? Owner, string? WindowFrom, string? WindowTo, bool Coupled);

/// <summary>
/// A member of the project's municipality fills or corrects the project's full case record: timing (months per phase,
/// the works it couples to with their owner and window), money (a cost range, who financed it, the unprofitable top per
/// home as typed), law and contracts, and who is involved (departments, roles outside, the other people to ask). All
/// optional. <see cref="Version"/> is the project's version the form showed.
/// </summary>
public sealed record SaveCaseRecordCommand(
    int ExperimentId,
    int Version,
    IReadOnlyList<PhaseInput> Phases,
    IReadOnlyList<WorkInput> Works,
    CostRange? Costs,
    IReadOnlyList<Funding> Funding,
    string? UnprofitableTopPerHome,
    bool StructuralBudget,
    IReadOnlyList<LegalItem> Legal,
    string? LegalNote,
    IReadOnlyList<Department> Departments,
    Department? OwningDepartment,
    IReadOnlyList<OutsideRole> Roles,
    IReadOnlyList<string> ContactUserIds) : ICommand;

public sealed class SaveCaseRecordValidator : AbstractValidator<SaveCaseRecordCommand>
{
    public SaveCaseRecordValidator()
    {
        RuleForEach(c => c.Phases).ChildRules(phase =>
        {
            phase.RuleFor(p => p.Phase).Must(p => CaseRecord.DatedPhases.Contains(p)).WithMessage(_ => AppTexts.RecordChoiceUnknown);
            phase.RuleFor(p => p.PlannedFrom).Must(CaseRecordMonths.IsValid).WithMessage(_ => AppTexts.RecordMonthInvalid);
            phase.RuleFor(p => p.PlannedTo).Must(CaseRecordMonths.IsValid).WithMessage(_ => AppTexts.RecordMonthInvalid)
                .Must((p, to) => !CaseRecordMonths.Reversed(p.PlannedFrom, to)).WithMessage(_ => AppTexts.RecordPeriodReversed);
            phase.RuleFor(p => p.ActualFrom).Must(CaseRecordMonths.IsValid).WithMessage(_ => AppTexts.RecordMonthInvalid);
            phase.RuleFor(p => p.ActualTo).Must(CaseRecordMonths.IsValid).WithMessage(_ => AppTexts.RecordMonthInvalid)
                .Must((p, to) => !CaseRecordMonths.Reversed(p.ActualFrom, to)).WithMessage(_ => AppTexts.RecordPeriodReversed);
        });
        RuleFor(c => c.Phases).Must(p => p.Select(x => x.Phase).Distinct().Count() == p.Count).WithMessage(_ => AppTexts.RecordChoiceTwice);
        RuleFor(c => c.Works.Count).LessThanOrEqualTo(CaseRecord.MaxWorks).OverridePropertyName(nameof(SaveCaseRecordCommand.Works)).WithMessage(_ => AppTexts.RecordTooManyWorks);
        RuleForEach(c => c.Works).ChildRules(work =>
        {
            work.RuleFor(w => w.Kind).IsInEnum().WithMessage(_ => AppTexts.RecordChoiceUnknown);
            work.RuleFor(w => w.Description)
                .Must(d => !string.IsNullOrWhiteSpace(d)).WithMessage(_ => AppTexts.RecordWorkDescriptionRequired)
                .Must(d => d is null || d.Trim().Length <= CaseRecord.WorkDescriptionMaxLength).WithMessage(_ => AppTexts.RecordWorkDescriptionTooLong)
                .Must(d => d is null || PlainText.IsOneLine(d)).WithMessage(_ => AppTexts.OneLineOnly);
            work.RuleFor(w => w.Owner)
                .Must(o => o is null || o.Trim().Length <= CaseRecord.OwnerMaxLength).WithMessage(_ => AppTexts.RecordOwnerTooLong)
                .Must(o => o is null || PlainText.IsOneLine(o)).WithMessage(_ => AppTexts.OneLineOnly);
            work.RuleFor(w => w.WindowFrom).Must(CaseRecordMonths.IsValid).WithMessage(_ => AppTexts.RecordMonthInvalid);
            work.RuleFor(w => w.WindowTo).Must(CaseRecordMonths.IsValid).WithMessage(_ => AppTexts.RecordMonthInvalid)
                .Must((w, to) => !CaseRecordMonths.Reversed(w.WindowFrom, to)).WithMessage(_ => AppTexts.RecordPeriodReversed);
        });
        RuleFor(c => c.Costs).Must(c => c is null || Enum.IsDefined(c.Value)).WithMessage(_ => AppTexts.RecordChoiceUnknown);
        RuleForEach(c => c.Funding).ChildRules(funding =>
        {
            funding.RuleFor(f => f.Source).IsInEnum().WithMessage(_ => AppTexts.RecordChoiceUnknown);
            funding.RuleFor(f => f.Name)
                .Must(n => n is null || n.Trim().Length <= CaseRecord.FundingNameMaxLength).WithMessage(_ => AppTexts.RecordFundingNameTooLong)
                .Must(n => n is null || PlainText.IsOneLine(n)).WithMessage(_ => AppTexts.OneLineOnly);
        });
        RuleFor(c => c.Funding).Must(f => f.Select(x => x.Source).Distinct().Count() == f.Count).WithMessage(_ => AppTexts.RecordChoiceTwice);
        RuleFor(c => c.UnprofitableTopPerHome).Must(a => a is null || CaseRecordAmounts.TryParse(a, out _)).WithMessage(_ => AppTexts.RecordAmountInvalid);
        RuleForEach(c => c.Legal).ChildRules(item =>
        {
            item.RuleFor(l => l.Instrument).IsInEnum().WithMessage(_ => AppTexts.RecordChoiceUnknown);
            item.RuleFor(l => l.Effect).IsInEnum().WithMessage(_ => AppTexts.RecordChoiceUnknown);
        });
        RuleFor(c => c.Legal).Must(l => l.Select(x => x.Instrument).Distinct().Count() == l.Count).WithMessage(_ => AppTexts.RecordChoiceTwice);
        RuleFor(c => c.LegalNote).Must(n => n is null || n.Trim().Length <= CaseRecord.LegalNoteMaxLength).WithMessage(_ => AppTexts.RecordLegalNoteTooLong);
        RuleFor(c => c.Departments).Must(d => d.All(Enum.IsDefined) && d.Distinct().Count() == d.Count).WithMessage(_ => AppTexts.RecordChoiceUnknown);
        RuleFor(c => c.OwningDepartment).Must(d => d is null || Enum.IsDefined(d.Value)).WithMessage(_ => AppTexts.RecordChoiceUnknown);
        RuleFor(c => c.Roles).Must(r => r.All(Enum.IsDefined) && r.Distinct().Count() == r.Count).WithMessage(_ => AppTexts.RecordChoiceUnknown);
        RuleFor(c => c.ContactUserIds).Must(c => c.Count <= CaseRecord.MaxContacts).WithMessage(_ => AppTexts.RecordTooManyContacts);
    }
}

public sealed class SaveCaseRecordHandler(IAppDbContext db, TimeProvider clock) : ICommandHandler<SaveCaseRecordCommand>
{
    public async ValueTask<Unit> Handle(SaveCaseRecordCommand command, CancellationToken cancellationToken)
    {
        var experiment = await ExperimentAccess.LoadForEditAsync(db, command.ExperimentId, command.Version, cancellationToken);

        // The works' rows are replaced with the record, keeping what the municipality was told of them; so are the tags the list filters on.
        await db.Entry(experiment).Collection(e => e.Works).LoadAsync(cancellationToken);
        await db.Entry(experiment).Collection(e => e.RecordTags).LoadAsync(cancellationToken);

        // The others to ask are people of the project's municipality; the contact person is one already.
        var contacts = command.ContactUserIds.Where(c => c != experiment.ContactUserId).Distinct().ToList();
        var members = await db.Memberships.Where(m => m.MunicipalityId == experiment.MunicipalityId && contacts.Contains(m.UserId)).Select(m => m.UserId).ToListAsync(cancellationToken);
        if (members.Count != contacts.Count)
        {
            throw new ValidationException([new ValidationFailure(nameof(command.ContactUserIds), AppTexts.RecordContactNotMember)]);
        }

        CaseRecordAmounts.TryParse(command.UnprofitableTopPerHome, out var top);
        var record = new CaseRecord(
            [.. command.Phases.Select(p => new PhaseDates(p.Phase, CaseRecordMonths.Parse(p.PlannedFrom), CaseRecordMonths.Parse(p.PlannedTo), CaseRecordMonths.Parse(p.ActualFrom), CaseRecordMonths.Parse(p.ActualTo)))],
            [.. command.Works.Select(w => new CoupledWork(w.Kind, w.Description, w.Owner, CaseRecordMonths.Parse(w.WindowFrom), CaseRecordMonths.Parse(w.WindowTo), w.Coupled))],
            command.Costs,
            command.Funding,
            top,
            command.StructuralBudget,
            [.. command.Legal.OrderBy(l => l.Instrument)],
            command.LegalNote,
            [.. command.Departments.Order()],
            command.OwningDepartment,
            [.. command.Roles.Order()],
            contacts);
        experiment.SetRecord(record, clock.GetUtcNow().UtcDateTime);
        await ExperimentAccess.SaveAsync(db, experiment, cancellationToken);
        return Unit.Value;
    }
}
