using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;
using LearningNetwork.Application.Resources;

namespace LearningNetwork.Application.Accounts;

/// <summary>The account mails, each in the recipient's language.</summary>
internal static class AccountMails
{
    public static OutgoingMail ConfirmEmail(string email, string name, string language, string confirmUrl)
    {
        using var _ = new CultureScope(language);
        var (text, html) = MailLayout.Compose(
            name,
            [AppTexts.ConfirmEmailIntro],
            [new MailAction(AppTexts.ConfirmEmailAction, confirmUrl)],
            AppTexts.ConfirmEmailIgnore);
        return new OutgoingMail(email, name, AppTexts.ConfirmEmailSubject, text, html);
    }

    public static OutgoingMail AlreadyRegistered(string email, string name, string language, string loginUrl, string forgotPasswordUrl)
    {
        using var _ = new CultureScope(language);
        var (text, html) = MailLayout.Compose(
            name,
            [AppTexts.AlreadyRegisteredIntro],
            [new MailAction(AppTexts.LoginAction, loginUrl), new MailAction(AppTexts.ForgotPasswordAction, forgotPasswordUrl)],
            AppTexts.AlreadyRegisteredIgnore);
        return new OutgoingMail(email, name, AppTexts.AlreadyRegisteredSubject, text, html);
    }

    public static OutgoingMail ResetPassword(string email, string name, string language, string resetUrl)
    {
        using var _ = new CultureScope(language);
        var (text, html) = MailLayout.Compose(
            name,
            [AppTexts.ResetPasswordIntro],
            [new MailAction(AppTexts.ResetPasswordAction, resetUrl)],
            AppTexts.ResetPasswordIgnore);
        return new OutgoingMail(email, name, AppTexts.ResetPasswordSubject, text, html);
    }
}
