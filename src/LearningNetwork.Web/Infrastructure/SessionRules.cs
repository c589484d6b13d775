using System.Globalization;
using System.Security.Claims;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>The <c>Sessions</c> configuration section (reliability.md item 5).</summary>
public sealed class SessionOptions
{
    public const string SectionName = "Sessions";

    /// <summary>A session ends after this long without a request (sliding).</summary>
    public int IdleMinutes { get; set; } = 30;

    /// <summary>A session ends this long after signing in, however active.</summary>
    public int AbsoluteHours { get; set; } = 12;

    /// <summary>
    /// A password change, "end my other sessions", blocking or deleting an account ends the other sessions within this
    /// many seconds on every node (the security stamp is checked when the cookie is older), and at once for a change.
    /// </summary>
    public int StampCheckSeconds { get; set; } = 30;
}

/// <summary>
/// Session lifetime: idle timeout by the cookie's sliding expiry, an absolute cap by a claim that records when the
/// person signed in (kept when the principal is refreshed), and the security stamp: on every request that changes
/// something, and on reading once the cookie is older than <see cref="SessionOptions.StampCheckSeconds"/>.
/// </summary>
internal static class SessionRules
{
    public const string SignedInAtClaim = "ln:signed_in_at";

    /// <summary>The person's display name, for the header; refreshed with the principal on every request.</summary>
    public const string DisplayNameClaim = "ln:display_name";

    public static void AddSessionRules(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<SessionOptions>(configuration.GetSection(SessionOptions.SectionName));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SessionOptions>, TimeProvider, IOptions<SecurityStampValidatorOptions>>((cookie, sessions, clock, stamps) =>
            {
                cookie.TimeProvider = clock;
                cookie.ExpireTimeSpan = TimeSpan.FromMinutes(sessions.Value.IdleMinutes);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = context => ValidateAsync(context, sessions.Value, stamps.Value.ValidationInterval, clock);
            });
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SessionOptions>, TimeProvider>((options, sessions, clock) =>
            {
                // Reading, the stamp is checked (and the principal and cookie renewed) once the cookie is older than
                // this: a password change, a sign-out elsewhere, a block or a deleted account ends the other sessions
                // within it on every node, without a query on every page (docs/performance.md, issue 20).
                options.ValidationInterval = TimeSpan.FromSeconds(sessions.Value.StampCheckSeconds);
                options.TimeProvider = clock;
                options.OnRefreshingPrincipal = KeepSignInMoment;
            });
    }

    /// <summary>Adds the moment of signing in to a freshly signed-in principal.</summary>
    public static void StampSignIn(ClaimsPrincipal principal, TimeProvider clock)
    {
        if (principal.Identity is ClaimsIdentity identity && identity.FindFirst(SignedInAtClaim) is null)
        {
            identity.AddClaim(new Claim(SignedInAtClaim, clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)));
        }
    }

    private static async Task ValidateAsync(CookieValidatePrincipalContext context, SessionOptions sessions, TimeSpan stampInterval, TimeProvider clock)
    {
        var signedInAt = context.Principal?.FindFirst(SignedInAtClaim)?.Value;
        var expired = signedInAt is null
            || !long.TryParse(signedInAt, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) > TimeSpan.FromHours(sessions.AbsoluteHours);

        // A change (any method but GET and HEAD) checks the stamp itself, so an ended session cannot change anything.
        var method = context.HttpContext.Request.Method;
        if (expired
            || (!HttpMethods.IsGet(method) && !HttpMethods.IsHead(method)
                && await context.HttpContext.RequestServices.GetRequiredService<SignInManager<ApplicationUser>>().ValidateSecurityStampAsync(context.Principal) is null))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }

        // Identity's validator checks the stamp only once the cookie is older than the interval, but building it builds
        // the sign-in manager, the user manager and a database context on every request; ask it only when it will check.
        if (context.Properties.IssuedUtc is { } issued && clock.GetUtcNow() - issued <= stampInterval)
        {
            return;
        }

        await SecurityStampValidator.ValidatePrincipalAsync(context);
    }

    private static Task KeepSignInMoment(SecurityStampRefreshingPrincipalContext context)
    {
        var moment = context.CurrentPrincipal?.FindFirst(SignedInAtClaim);
        if (moment is not null && context.NewPrincipal?.Identity is ClaimsIdentity identity)
        {
            identity.FindAll(SignedInAtClaim).ToList().ForEach(identity.RemoveClaim);
            identity.AddClaim(new Claim(SignedInAtClaim, moment.Value));
        }

        return Task.CompletedTask;
    }
}

/// <summary>
/// Identity's claims factory plus the moment of signing in, for the absolute session cap, and the display name, so
/// no page asks the database who is signed in.
/// </summary>
internal sealed class SessionClaimsPrincipalFactory(
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    TimeProvider clock) : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    public override async Task<ClaimsPrincipal> CreateAsync(ApplicationUser user)
    {
        var principal = await base.CreateAsync(user);
        SessionRules.StampSignIn(principal, clock);
        return principal;
    }

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(SessionRules.DisplayNameClaim, user.DisplayName));
        return identity;
    }
}
