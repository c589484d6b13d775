using FluentValidation;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Taxonomy;

namespace LearningNetwork.Application.Experiments;

public sealed record PartnerInput(PartnerType Type, string Name);

public sealed record BarrierInput(int Number, BarrierState State, string? Note);

public sealed record LessonInput(int Number, LessonHelped Helped, string? Note);

/// <summary>What the experiment form sends, before it is checked.</summary>
public sealed record ExperimentInput(
    string Title,
    string? Neighbourhood,
    string? Place,
    string Summary,
    int? Homes,
    DateOnly? StartDate,
    DateOnly? EndDate,
    string? ContactUserId,
    Visibility Visibility,
    IReadOnlyList<string> Themes,
    IReadOnlyList<PartnerInput> Partners,
    IReadOnlyList<BarrierInput> Barriers,
    IReadOnlyList<LessonInput> Lessons,
    DatePrecision StartPrecision = DatePrecision.Day,
    DatePrecision EndPrecision = DatePrecision.Day,
    string? OtherCoupling = null,
    string? SchetsboekExample = null)
{
    public const int PartnersMax = 20;

    /// <param name="sourcedExampleId">The schetsboek example it is, once the key was checked against the database.</param>
    public ExperimentDetails ToDetails(int? sourcedExampleId = null) => new(
        Title,
        Neighbourhood,
        Place,
        Summary.Trim(),
        Homes,
        StartDate,
        EndDate,
        string.IsNullOrWhiteSpace(ContactUserId) ? null : ContactUserId,
        Visibility,
        Themes.Select(t => t.Trim().ToLowerInvariant()).Distinct().ToList(),
        Partners.Select(p => new PartnerDetails(p.Type, p.Name)).ToList(),
        Barriers.Select(b => new BarrierDetails(b.Number, b.State, b.Note)).ToList(),
        Lessons.Select(l => new LessonDetails(l.Number, l.Helped, l.Note)).ToList(),
        StartPrecision,
        EndPrecision,
        OtherCoupling,
        sourcedExampleId);
}

public sealed class ExperimentInputValidator : AbstractValidator<ExperimentInput>
{
    public ExperimentInputValidator()
    {
        RuleFor(i => i.Title)
            .Must(t => !string.IsNullOrWhiteSpace(t)).WithMessage(_ => AppTexts.ExperimentTitleRequired)
            .Must(t => t.Trim().Length <= Experiment.TitleMaxLength).WithMessage(_ => AppTexts.ExperimentTitleTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(i => i.Neighbourhood).Must(t => t is null || t.Trim().Length <= Experiment.PlaceMaxLength).WithMessage(_ => AppTexts.PlaceTooLong);
        RuleFor(i => i.Place).Must(t => t is null || t.Trim().Length <= Experiment.PlaceMaxLength).WithMessage(_ => AppTexts.PlaceTooLong);
        RuleFor(i => i.Summary)
            .Must(s => !string.IsNullOrWhiteSpace(s)).WithMessage(_ => AppTexts.ExperimentSummaryRequired)
            .Must(s => s.Trim().Length <= Experiment.SummaryMaxLength).WithMessage(_ => AppTexts.ExperimentSummaryTooLong);
        RuleFor(i => i.Homes).InclusiveBetween(0, Experiment.MaxHomes).When(i => i.Homes is not null).WithMessage(_ => AppTexts.HomesOutOfRange);
        RuleFor(i => i.StartDate).Must(PlausibleDate).WithMessage(_ => AppTexts.DateInvalid);
        RuleFor(i => i.EndDate).Must(PlausibleDate).WithMessage(_ => AppTexts.DateInvalid);
        RuleFor(i => i.StartPrecision).IsInEnum().WithMessage(_ => AppTexts.DateInvalid);
        RuleFor(i => i.EndPrecision).IsInEnum().WithMessage(_ => AppTexts.DateInvalid);
        RuleFor(i => i.EndDate)
            .Must((i, end) => i.StartDate is not { } start || end is not { } to || !Enum.IsDefined(i.StartPrecision) || !Enum.IsDefined(i.EndPrecision)
                || DatePrecisions.End(to, i.EndPrecision) >= DatePrecisions.Start(start, i.StartPrecision))
            .WithMessage(_ => AppTexts.EndBeforeStart);
        RuleFor(i => i.OtherCoupling)
            .Must(o => o is null || o.Trim().Length <= Experiment.OtherCouplingMaxLength).WithMessage(_ => AppTexts.OtherCouplingTooLong)
            .Must(o => o is null || PlainText.IsOneLine(o)).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(i => i.SchetsboekExample).MaximumLength(SourcedExample.KeyMaxLength).WithMessage(_ => AppTexts.SchetsboekExampleNotYours);
        RuleFor(i => i.Visibility).IsInEnum().WithMessage(_ => AppTexts.VisibilityUnknown);
        RuleFor(i => i.Themes).Must((i, t) => t.Count > 0 || !string.IsNullOrWhiteSpace(i.OtherCoupling)).WithMessage(_ => AppTexts.ThemesRequired);
        RuleFor(i => i.Partners).Must(p => p.Count <= ExperimentInput.PartnersMax).WithMessage(_ => AppTexts.PartnersTooMany);
        RuleForEach(i => i.Partners).ChildRules(partner =>
        {
            partner.RuleFor(p => p.Type).IsInEnum().WithMessage(_ => AppTexts.PartnerTypeUnknown);
            partner.RuleFor(p => p.Name)
                .Must(n => !string.IsNullOrWhiteSpace(n)).WithMessage(_ => AppTexts.PartnerNameRequired)
                .Must(n => n.Trim().Length <= ExperimentPartner.NameMaxLength).WithMessage(_ => AppTexts.PartnerNameTooLong);
        });
        RuleFor(i => i.Barriers)
            .Must(b => b.All(x => x.Number is >= 1 and <= Barrier.Count)).WithMessage(_ => AppTexts.BarrierUnknown)
            .Must(b => b.Select(x => x.Number).Distinct().Count() == b.Count).WithMessage(_ => AppTexts.BarrierUnknown);
        RuleForEach(i => i.Barriers).ChildRules(barrier =>
        {
            barrier.RuleFor(b => b.State).IsInEnum().WithMessage(_ => AppTexts.BarrierStateUnknown);
            barrier.RuleFor(b => b.Note).Must(n => n is null || n.Trim().Length <= Experiment.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);
        });
        RuleFor(i => i.Lessons)
            .Must(l => l.All(x => x.Number is >= 1 and <= Lesson.Count)).WithMessage(_ => AppTexts.LessonUnknown)
            .Must(l => l.Select(x => x.Number).Distinct().Count() == l.Count).WithMessage(_ => AppTexts.LessonUnknown);
        RuleForEach(i => i.Lessons).ChildRules(lesson =>
        {
            lesson.RuleFor(l => l.Helped).IsInEnum().WithMessage(_ => AppTexts.LessonHelpedUnknown);
            lesson.RuleFor(l => l.Note).Must(n => n is null || n.Trim().Length <= Experiment.NoteMaxLength).WithMessage(_ => AppTexts.NoteTooLong);
        });
    }

    private static bool PlausibleDate(DateOnly? date) => date is null || date.Value.Year is >= 1900 and <= 2100;
}
