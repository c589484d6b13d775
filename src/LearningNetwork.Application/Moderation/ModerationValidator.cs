using FluentValidation;
using LearningNetwork.Application.Resources;
using LearningNetwork.Domain.Moderation;

namespace LearningNetwork.Application.Moderation;

public abstract class ModerationValidator<T> : AbstractValidator<T>
    where T : IModerationCommand
{
    protected ModerationValidator() =>
        RuleFor(c => c.Reason)
            .Must(r => !string.IsNullOrWhiteSpace(r)).When(c => c.Hide).WithMessage(_ => AppTexts.HideReasonRequired)
            .Must(r => r is null || r.Trim().Length <= HideableContent.HiddenReasonMaxLength).WithMessage(_ => AppTexts.ReasonTooLong);
}
