using System.Buffers;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hangfire;
using LearningNetwork.Application;
using LearningNetwork.Application.Common.Behaviours;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Digests;
using LearningNetwork.Domain.Common;
using LearningNetwork.Infrastructure;
using LearningNetwork.Infrastructure.Identity;
using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.Web.Api;
using LearningNetwork.Web.Cli;
using LearningNetwork.Web.Infrastructure;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Scalar.AspNetCore;
using Serilog;
using Serilog.Formatting.Compact;

namespace LearningNetwork.Web;

/// <summary>The composition root: what the portal is made of and the order a request passes through it.</summary>
public static class PortalHost
{
    public const string NetworkAdminPolicy = "NetworkAdmin";

    /// <summary>The response writer's buffer (16,384 characters) is the largest array MVC takes from the character pool.</summary>
    private const int CharPoolLargestArray = 16 * 1024;

    /// <summary>Arrays kept per size: a list page's 115 pages for each of about 16 requests at once, 4 MB of 1,024-character pages.</summary>
    private const int CharPoolArraysPerSize = 2048;

    private static readonly string[] AnonymousAccountPages =
    [
        "/Account/Register", "/Account/RegisterConfirmation", "/Account/ConfirmEmail", "/Account/ConfirmEmailChange", "/Account/Login",
        "/Account/LoginWithTwoFactor", "/Account/Logout", "/Account/ForgotPassword", "/Account/ForgotPasswordConfirmation",
        "/Account/ResetPassword", "/Account/ResetPasswordConfirmation",
    ];

    private static readonly string[] RateLimitedPages =
        [
            "/Account/Login", "/Account/LoginWithTwoFactor", "/Account/Register", "/Account/ForgotPassword", "/Account/ResetPassword",
            "/Account/ChangeEmail", "/Account/ChangePassword", "/Account/TwoFactor", "/Account/Delete", "/Account/Digest",
        ];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // The host's own logger, not the static one: with several hosts in one process (tests) each keeps its own log,
        // and stopping one does not silence the others.
        builder.Services.AddSerilog(
            (services, logger) =>
            {
                logger.ReadFrom.Configuration(builder.Configuration).ReadFrom.Services(services).Enrich.FromLogContext();
                if (builder.Environment.IsDevelopment())
                {
                    logger.WriteTo.Console(formatProvider: CultureInfo.InvariantCulture);
                }
                else
                {
                    logger.WriteTo.Console(new RenderedCompactJsonFormatter());
                }
            },
            preserveStaticLogger: true);

        builder.Services
            .AddApplication()
            .AddInfrastructure(builder.Configuration);

        builder.Services.AddMediator(options =>
        {
            options.ServiceLifetime = ServiceLifetime.Scoped;
            options.Assemblies = [typeof(LearningNetwork.Application.DependencyInjection)];
            options.PipelineBehaviors = [typeof(LoggingBehaviour<,>), typeof(AccessBehaviour<,>), typeof(ValidationBehaviour<,>)];
        });

        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddSingleton<ResourceManagerStringLocalizerFactory>();
        builder.Services.Replace(ServiceDescriptor.Singleton<IStringLocalizerFactory, CachedStringLocalizerFactory>());
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            var cultures = Languages.All.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.Dutch);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.FallBackToParentCultures = true;
            options.FallBackToParentUICultures = true;
            options.RequestCultureProviders =
            [
                new QueryStringRequestCultureProvider(),
                new CookieRequestCultureProvider(),
                new AcceptLanguageHeaderRequestCultureProvider(),
            ];
        });

        builder.Services.AddRouting(options => options.LowercaseUrls = true);
        builder.Services.AddMemoryCache();
        // MVC writes a page through 1,024-character pages of this pool: a list page takes about 115 of them, which the
        // shared pool (a few dozen per size and core) cannot keep for concurrent requests, so most were allocated anew
        // (ADR 0027).
        builder.Services.AddSingleton(ArrayPool<char>.Create(CharPoolLargestArray, CharPoolArraysPerSize));
        builder.Services.AddRazorPages(options =>
            {
                options.Conventions.AuthorizeFolder("/Admin", NetworkAdminPolicy);
                options.Conventions.AuthorizeFolder("/Account");
                options.Conventions.AddPageRoute("/Experiments/Edit", "/experiments/new");
                options.Conventions.AddPageRoute("/LearningAgenda/Edit", "/learning-agenda/new");
                options.Conventions.AddPageRoute("/Werksessies/Edit", "/werksessies/new");
                options.Conventions.AddFolderApplicationModelConvention("/", RequestGuards.AllowOnlyHandledMethods);
                foreach (var anonymous in AnonymousAccountPages)
                {
                    options.Conventions.AllowAnonymousToPage(anonymous);
                }

                foreach (var limited in RateLimitedPages)
                {
                    options.Conventions.AddPageApplicationModelConvention(limited, model => model.EndpointMetadata.Add(new EnableRateLimitingAttribute(AccountRateLimiting.Policy)));
                }
            })
            .AddMvcOptions(options =>
            {
                options.Filters.Add<MediatorExceptionPageFilter>();
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            })
            .AddViewLocalization();
        builder.Services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();

        // Rendered fragments (<cache>, the list's filter fieldsets) take at most 16 MB: a few hundred filters.
        builder.Services.Configure<Microsoft.AspNetCore.Mvc.TagHelpers.CacheTagHelperOptions>(options => options.SizeLimit = 16 * 1024 * 1024);

        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(NetworkAdminPolicy, policy => policy.RequireRole(Roles.NetworkAdmin));
        // __Host- cookies are Secure, host-only and path /. Development over plain http on another host name
        // than localhost cannot keep Secure cookies, so there the names lose the prefix.
        var development = builder.Environment.IsDevelopment();
        var cookiePrefix = development ? string.Empty : "__Host-";
        var securePolicy = development ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
        builder.Services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.Events.OnRedirectToAccessDenied = context =>
            {
                // A real 403, shown as the localized 403 page, rather than a redirect to a page that says so.
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
            options.Cookie.Name = cookiePrefix + "LearningNetwork";
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.Cookie.Path = "/";
        });
        builder.Services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options =>
        {
            options.Cookie.Name = cookiePrefix + "LearningNetwork.2fa";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.Path = "/";
        });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = cookiePrefix + "LearningNetwork.Antiforgery";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.Path = "/";
        });

        builder.Services.AddSessionRules(builder.Configuration);
        builder.Services.AddScoped<IUserClaimsPrincipalFactory<ApplicationUser>, SessionClaimsPrincipalFactory>();
        builder.Services.Configure<CookieTempDataProviderOptions>(options =>
        {
            options.Cookie.Name = cookiePrefix + "LearningNetwork.TempData";
            options.Cookie.SecurePolicy = securePolicy;
            options.Cookie.Path = "/";
        });
        builder.Services.AddAccountRateLimiting(builder.Configuration);

        builder.Services.AddHttpContextAccessor();
        builder.Services.Configure<PortalOptions>(builder.Configuration.GetSection(PortalOptions.SectionName));
        builder.Services.AddScoped<IPortalLinks, PortalLinks>();
        builder.Services.AddScoped<ICurrentUser, CurrentUser>();
        builder.Services.AddScoped<PagePermissions>();

        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<ApiExceptionHandler>();
        builder.Services.ConfigureHttpJsonOptions(options =>
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower)));
        builder.Services.AddOpenApi();
        return builder;
    }

    /// <summary>Runs a command-line command, or prepares the database and serves the portal.</summary>
    public static async Task<int> RunPortalAsync(this WebApplication app, string[] args)
    {
        if (PortalCommandLine.IsCommand(args))
        {
            return await PortalCommandLine.RunAsync(app.Services, args, Console.Out, Console.Error);
        }

        await using (var scope = app.Services.CreateAsyncScope())
        {
            if (!await scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(app.Lifetime.ApplicationStopping))
            {
                return 1;
            }

            // Demo people with a known password, only on the embedded default while developing.
            if (app.Environment.IsDevelopment() && scope.ServiceProvider.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Sqlite)
            {
                await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(app.Lifetime.ApplicationStopping);
            }
        }

        app.UsePortal();
        await app.RunAsync();
        return 0;
    }

    private static void UsePortal(this WebApplication app)
    {
        app.UseSecurityHeaders(hsts: !app.Environment.IsDevelopment());

        // Outside the error handlers, so the request log shows the status the client got: a 404 mapped from an
        // exception is a 404, and a request the client gave up is a 499, not a 500.
        // The host's own logger, not the static one: several hosts in one process (tests) each log their own requests.
        app.UseSerilogRequestLogging(options => options.Logger = app.Services.GetRequiredService<Serilog.ILogger>());
        if (!app.Environment.IsDevelopment() && app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.PublicUrl is null)
        {
            PortalLog.PublicUrlMissing(app.Logger, PortalOptions.LocalFallback);
        }

        if (app.Environment.IsDevelopment())
        {
            app.UseDeveloperExceptionPage();
        }
        else
        {
            app.UseExceptionHandler("/error");
        }

        app.UseWhen(
            context => context.Request.Path.StartsWithSegments("/api"),
            api =>
            {
                api.UseExceptionHandler();
                api.UseStatusCodePages();
            });
        app.UseWhen(
            context => !context.Request.Path.StartsWithSegments("/api"),
            pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));

        if (!app.Environment.IsDevelopment())
        {
            app.UsePlainHttpGuard();
        }

        app.UseFormGuard();
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseMiddleware<VisitTracking>();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthResponse.WriteAsync });
        app.MapOpenApi();
        // No fonts from a CDN: the CSP allows none, and the portal works without the internet.
        app.MapScalarApiReference(options => options.DisableDefaultFonts());
        app.MapPortalApi();
        app.MapOpenData();
        app.MapHangfireDashboardWithAuthorizationPolicy(NetworkAdminPolicy, "/hangfire", new DashboardOptions
        {
            AppPath = "/",
            DashboardTitle = "Leernetwerk Koppelkansen — jobs",
        });
        app.MapRazorPages();

        // The weekly digest's planner, hourly by default: harmless to repeat, so a missed or doubled run costs nothing.
        var digest = app.Services.GetRequiredService<IOptions<DigestOptions>>().Value;
        app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<DigestPlanner>(
            "digest-planner",
            planner => planner.PlanDueWeekAsync(CancellationToken.None),
            digest.PlannerCron,
            new RecurringJobOptions { TimeZone = TimeZoneInfo.FindSystemTimeZoneById(digest.TimeZone) });
    }
}
