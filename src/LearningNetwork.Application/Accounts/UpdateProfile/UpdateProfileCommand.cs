using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Validation;
using LearningNetwork.Application.Resources;
using Mediator;

namespace LearningNetwork.Application.Accounts.UpdateProfile;

/// <summary>Name, job title and the language of the mail this person receives.</summary>
public sealed record UpdateProfileCommand(string DisplayName, string? JobTitle, string PreferredLanguage) : ICommand, ISignedInOnly;

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator()
    {
        RuleFor(c => c.DisplayName).ValidDisplayName();
        RuleFor(c => c.JobTitle)
            .Must(t => t is null || t.Trim().Length <= AccountRules.JobTitleMaxLength).WithMessage(_ => AppTexts.JobTitleTooLong)
            .Must(PlainText.IsOneLine).WithMessage(_ => AppTexts.OneLineOnly);
        RuleFor(c => c.PreferredLanguage).ValidLanguage();
    }
}

public sealed class UpdateProfileHandler(IAccountService identity, ViewerProvider viewers) : ICommandHandler<UpdateProfileCommand>
{
    public async ValueTask<Unit> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var jobTitle = string.IsNullOrWhiteSpace(command.JobTitle) ? null : command.JobTitle.Trim();
        await identity.UpdateProfileAsync(viewer.UserId!, command.DisplayName.Trim(), jobTitle, command.PreferredLanguage.ToLowerInvariant());
        return Unit.Value;
    }
}
