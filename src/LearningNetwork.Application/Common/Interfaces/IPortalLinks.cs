namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>Absolute links into the portal for use in e-mail; built by the web layer, which knows the host.</summary>
public interface IPortalLinks
{
    string ConfirmEmail(string userId, string token);

    string ConfirmEmailChange(string userId, string email, string token);

    string ResetPassword(string email, string token);

    string Login();

    string ForgotPassword();

    string Municipality(int id);

    string MembershipRequests(int municipalityId);
}
