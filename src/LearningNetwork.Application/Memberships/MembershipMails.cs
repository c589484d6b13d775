using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Localization;
using LearningNetwork.Application.Common.Mail;
using LearningNetwork.Application.Resources;

namespace LearningNetwork.Application.Memberships;

/// <summary>The membership mails, each in the recipient's language.</summary>
internal static class MembershipMails
{
    public static OutgoingMail Approved(Person to, string municipality, string municipalityUrl)
    {
        using var _ = new CultureScope(to.PreferredLanguage);
        var (text, html) = MailLayout.Compose(
            to.DisplayName,
            [Format(AppTexts.MembershipApprovedIntro, municipality)],
            [new MailAction(AppTexts.MembershipOpenMunicipality, municipalityUrl)],
            null);
        return new OutgoingMail(to.Email, to.DisplayName, Format(AppTexts.MembershipApprovedSubject, municipality), text, html);
    }

    public static OutgoingMail Rejected(Person to, string municipality, string reason, string municipalityUrl)
    {
        using var _ = new CultureScope(to.PreferredLanguage);
        var (text, html) = MailLayout.Compose(
            to.DisplayName,
            [Format(AppTexts.MembershipRejectedIntro, municipality), Format(AppTexts.MembershipReason, reason), AppTexts.MembershipRejectedNext],
            [new MailAction(AppTexts.MembershipOpenMunicipality, municipalityUrl)],
            null);
        return new OutgoingMail(to.Email, to.DisplayName, Format(AppTexts.MembershipRejectedSubject, municipality), text, html);
    }

    public static OutgoingMail RequestReceived(Person to, string requester, string municipality, string motivation, string requestsUrl)
    {
        using var _ = new CultureScope(to.PreferredLanguage);
        var (text, html) = MailLayout.Compose(
            to.DisplayName,
            [Format(AppTexts.MembershipRequestReceivedIntro, requester, municipality), Format(AppTexts.MembershipMotivation, motivation)],
            [new MailAction(AppTexts.MembershipDecide, requestsUrl)],
            null);
        return new OutgoingMail(to.Email, to.DisplayName, Format(AppTexts.MembershipRequestReceivedSubject, municipality), text, html);
    }

    private static string Format(string template, params object[] values) =>
        string.Format(System.Globalization.CultureInfo.CurrentCulture, template, values);
}
