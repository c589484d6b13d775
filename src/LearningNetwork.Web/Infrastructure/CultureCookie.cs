using Microsoft.AspNetCore.Localization;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>The one place the language choice is written to the culture cookie (language switch and my account).</summary>
internal static class CultureCookie
{
    public static void Write(HttpContext context, string language)
    {
        var development = context.RequestServices.GetRequiredService<IWebHostEnvironment>().IsDevelopment();
        context.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(language.ToLowerInvariant())),
            new CookieOptions
            {
                Expires = DateTimeOffset.UtcNow.AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = !development || context.Request.IsHttps,
                Path = "/",
            });
    }
}
