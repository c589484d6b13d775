using LearningNetwork.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>Absolute links for mail, from the configured public address when there is one.</summary>
internal sealed class PortalLinks(LinkGenerator links, IHttpContextAccessor accessor, IOptions<PortalOptions> options) : IPortalLinks
{
    public string ConfirmEmail(string userId, string token) => Page("/Account/ConfirmEmail", new { userId, token });

    public string ConfirmEmailChange(string userId, string email, string token) => Page("/Account/ConfirmEmailChange", new { userId, email, token });

    public string ResetPassword(string email, string token) => Page("/Account/ResetPassword", new { email, token });

    public string Municipality(int id) => Page("/Municipalities/Details", new { id });

    public string MembershipRequests(int municipalityId) => Page("/Municipalities/Requests", new { id = municipalityId });

    public string Login() => Page("/Account/Login", null);

    public string ForgotPassword() => Page("/Account/ForgotPassword", null);

    public string Home() => Page("/Index", null);

    public string Experiment(int id) => Page("/Experiments/Details", new { id });

    public string Reflection(int id) => Page("/Reflections/Details", new { id });

    public string LearningQuestion(int id) => Page("/LearningAgenda/Details", new { id });

    public string DigestSettings() => Page("/Account/Digest", null);

    public string Unsubscribe(string token) => Page("/Digest/Unsubscribe", new { token });

    public string Notifications() => Page("/Notifications/Index", null);

    public string NotificationSettings() => Page("/Notifications/Settings", null);

    public string UnsubscribeNotifications(string token) => Page("/Notifications/Unsubscribe", new { token });

    public string Absolute(string path) => new Uri(new Uri(Home()), path).ToString();

    private string Page(string page, object? values)
    {
        var publicUrl = options.Value.PublicUrl;
        if (publicUrl is not null)
        {
            var path = links.GetPathByPage(page, values: values)
                ?? throw new InvalidOperationException($"No route to page {page}.");
            return new Uri(publicUrl, path).ToString();
        }

        var context = accessor.HttpContext;
        if (context is null)
        {
            // A background job (the digest) with no public address configured: a link that works on this machine.
            var local = links.GetPathByPage(page, values: values) ?? throw new InvalidOperationException($"No route to page {page}.");
            return new Uri(PortalOptions.LocalFallback, local).ToString();
        }

        return links.GetUriByPage(context, page, values: values)
            ?? throw new InvalidOperationException($"No route to page {page}.");
    }
}
