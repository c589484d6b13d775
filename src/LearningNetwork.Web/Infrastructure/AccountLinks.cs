using LearningNetwork.Application.Common.Interfaces;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>Absolute links for account mail, from the configured public address when there is one.</summary>
internal sealed class AccountLinks(LinkGenerator links, IHttpContextAccessor accessor, IOptions<PortalOptions> options) : IAccountLinks
{
    public string ConfirmEmail(string userId, string token) => Page("/Account/ConfirmEmail", new { userId, token });

    public string ResetPassword(string email, string token) => Page("/Account/ResetPassword", new { email, token });

    public string Login() => Page("/Account/Login", null);

    public string ForgotPassword() => Page("/Account/ForgotPassword", null);

    private string Page(string page, object? values)
    {
        var publicUrl = options.Value.PublicUrl;
        if (publicUrl is not null)
        {
            var path = links.GetPathByPage(page, values: values)
                ?? throw new InvalidOperationException($"No route to page {page}.");
            return new Uri(publicUrl, path).ToString();
        }

        var context = accessor.HttpContext
            ?? throw new InvalidOperationException("Links outside a request need Portal:PublicUrl.");
        return links.GetUriByPage(context, page, values: values)
            ?? throw new InvalidOperationException($"No route to page {page}.");
    }
}
