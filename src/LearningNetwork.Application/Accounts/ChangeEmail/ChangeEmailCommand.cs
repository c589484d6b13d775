using FluentValidation;
using FluentValidation.Results;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Resources;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Accounts.ChangeEmail;

/// <summary>
/// Asks to change the e-mail address: the current password proves it is the owner, and a link to the new
/// address proves that address works. Nothing changes until that link is used; an address that already has an
/// account gets no link, and the page cannot tell the difference.
/// </summary>
public sealed record ChangeEmailCommand(string NewEmail, string CurrentPassword) : ICommand, ISignedInOnly;

public sealed class ChangeEmailValidator : AbstractValidator<ChangeEmailCommand>
{
    public ChangeEmailValidator()
    {
        RuleFor(c => c.NewEmail).ValidEmail();
        RuleFor(c => c.CurrentPassword).NotEmpty().WithMessage(_ => AppTexts.PasswordRequired)
            .MaximumLength(AccountRules.PasswordMaxLength).WithMessage(_ => AppTexts.PasswordTooLong);
    }
}

public sealed class ChangeEmailHandler(IAccountService identity, IAppDbContext db, ViewerProvider viewers, IMailSender mail, IPortalLinks links) : ICommandHandler<ChangeEmailCommand>
{
    public async ValueTask<Unit> Handle(ChangeEmailCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var email = AccountRules.NormalizeEmail(command.NewEmail);
        var token = await identity.CreateEmailChangeTokenAsync(viewer.UserId!, command.CurrentPassword, email)
            ?? throw new ValidationException([new ValidationFailure(nameof(command.CurrentPassword), AppTexts.CurrentPasswordWrong)]);
        if (await identity.IsEmailTakenAsync(email))
        {
            // The page answers "sent" either way, so the form does not tell which addresses have an account.
            return Unit.Value;
        }

        var person = await db.People.SingleAsync(p => p.Id == viewer.UserId, cancellationToken);
        using (new CultureScope(person.PreferredLanguage))
        {
            var (text, html) = MailLayout.Compose(
                person.DisplayName,
                [AppTexts.ChangeEmailIntro],
                [new MailAction(AppTexts.ChangeEmailAction, links.ConfirmEmailChange(viewer.UserId!, email, token))],
                AppTexts.ChangeEmailIgnore);
            await mail.SendAsync(new OutgoingMail(email, person.DisplayName, AppTexts.ChangeEmailSubject, text, html), cancellationToken);
        }

        return Unit.Value;
    }
}
