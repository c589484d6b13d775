using Hangfire;
using Hangfire.InMemory;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Mail;
using LearningNetwork.Infrastructure.Identity;
using LearningNetwork.Infrastructure.Mail;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Infrastructure;

public static class DependencyInjection
{
    public const string SqliteMigrationsAssembly = "LearningNetwork.Migrations.Sqlite";
    public const string SqlServerMigrationsAssembly = "LearningNetwork.Migrations.SqlServer";

    private const int ContextPoolSize = 128;

    // Stateless, so one serves every context.
    private static readonly SqliteBusyTimeout BusyTimeout = new();

    /// <summary>
    /// Database, Identity, mail and background jobs. Configuration is read when services are first resolved,
    /// not here, so settings added late (tests, the command line) still count.
    /// </summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.SectionName));
        services.TryAddTimeProvider();
        services.AddSingleton<DatabaseConnection>();
        services.AddSingleton<ReadCacheInvalidator>();
        services.AddSingleton<Mail.OutboxWakeUp>();

        // Pooled: a request rents a context instead of building one and its internal services; AppDbContext keeps no
        // state of its own. After a burst, contexts beyond the pool's size are disposed rather than kept in memory.
        services.AddDbContextPool<AppDbContext>((provider, options) =>
        {
            var connection = provider.GetRequiredService<DatabaseConnection>();
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            if (connection.Provider == DatabaseProvider.SqlServer)
            {
                options.UseSqlServer(connection.ConnectionString, sql => sql
                    .MigrationsAssembly(SqlServerMigrationsAssembly)
                    .EnableRetryOnFailure(database.MaxRetryCount, database.MaxRetryDelay, errorNumbersToAdd: null));
            }
            else
            {
                options.UseSqlite(connection.ConnectionString, sqlite => sqlite
                    .MigrationsAssembly(SqliteMigrationsAssembly)
                    .ExecutionStrategy(dependencies => new SqliteRetryingExecutionStrategy(dependencies, database.MaxRetryCount)));
                options.AddInterceptors(BusyTimeout);
            }

            options.AddInterceptors(provider.GetRequiredService<ReadCacheInvalidator>(), provider.GetRequiredService<Mail.OutboxWakeUp>());

            // An unreachable server is reported once, in plain words, by DatabaseInitialiser.
            options.ConfigureWarnings(w => w.Log((RelationalEventId.ConnectionError, LogLevel.Debug)));
        }, poolSize: ContextPoolSize);
        services.AddScoped<IAppDbContext>(sp => sp.GetRequiredService<AppDbContext>());
        services.AddSingleton<IMarkdownRenderer, Text.MarkdownRenderer>();
        services.AddSingleton<ICalendarWriter, Calendar.IcalCalendarWriter>();
        services.AddSingleton<IImageProcessor, Documents.SkiaImageProcessor>();
        services.AddScoped<IExperimentSearch>(sp => sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Sqlite
            ? new Search.SqliteExperimentSearch(sp.GetRequiredService<AppDbContext>())
            : new Search.LikeExperimentSearch(sp.GetRequiredService<AppDbContext>()));
        services.AddSingleton<Search.SiteSearchTermCounts>();
        services.AddScoped<ISiteSearch>(sp => sp.GetRequiredService<DatabaseConnection>().Provider == DatabaseProvider.Sqlite
            ? new Search.SqliteSiteSearch(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<Search.SiteSearchTermCounts>())
            : new Search.LikeSiteSearch(sp.GetRequiredService<AppDbContext>()));
        services.AddScoped<DatabaseInitialiser>();
        services.AddScoped<DemoDataSeeder>();
        services.AddHealthChecks().AddDbContextCheck<AppDbContext>("database");

        // Cookies, antiforgery tokens and unsubscribe links stay valid across restarts and on every node.
        services.AddDataProtection()
            .SetApplicationName("LearningNetwork")
            .PersistKeysToDbContext<AppDbContext>();
        services.AddIdentityServices();
        services.AddMail(configuration);
        services.AddJobs();
        return services;
    }

    private static void TryAddTimeProvider(this IServiceCollection services)
    {
        if (services.All(d => d.ServiceType != typeof(TimeProvider)))
        {
            services.AddSingleton(TimeProvider.System);
        }
    }

    private static void AddIdentityServices(this IServiceCollection services)
    {
        services.AddIdentity<ApplicationUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = Application.Accounts.AccountRules.PasswordMinLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AppDbContext>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>()
            .AddPasswordValidator<ContextualPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<SingleUseAuthenticatorTokenProvider>(TokenOptions.DefaultAuthenticatorProvider);
        services.Configure<PasswordHasherOptions>(o => o.IterationCount = 210_000);
        services.AddScoped<IAccountService, AccountService>();
        services.AddScoped<ISignInService, SignInService>();
        services.AddScoped<ITwoFactorService, TwoFactorService>();
        services.AddScoped<IPeopleAdministration, PeopleAdministration>();
    }

    private static void AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.SectionName));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.SectionName));
        services.AddSingleton<MimeMessageFactory>();
        services.Configure<DeliveryOptions>(configuration.GetSection(DeliveryOptions.SectionName));
        services.Configure<Application.Digests.DigestOptions>(configuration.GetSection(Application.Digests.DigestOptions.SectionName));
        services.Configure<Application.Search.SearchSite.SearchOptions>(configuration.GetSection(Application.Search.SearchSite.SearchOptions.SectionName));
        services.Configure<Application.Notifications.NotificationOptions>(configuration.GetSection(Application.Notifications.NotificationOptions.SectionName));
        services.AddSingleton<IUnsubscribeTokens, UnsubscribeTokens>();
        services.AddSingleton<IMailTransport>(sp =>
        {
            var factory = sp.GetRequiredService<MimeMessageFactory>();
            var smtp = sp.GetRequiredService<IOptions<SmtpOptions>>();
            if (!string.IsNullOrWhiteSpace(smtp.Value.Host))
            {
                return new SmtpTransport(factory, smtp, sp.GetRequiredService<ILogger<SmtpTransport>>());
            }

            var folder = Path.GetFullPath(
                sp.GetRequiredService<IOptions<MailOptions>>().Value.PickupFolder,
                sp.GetRequiredService<DatabaseConnection>().DataFolder);
            return new PickupFolderTransport(factory, folder, sp.GetRequiredService<ILogger<PickupFolderTransport>>());
        });
        services.AddSingleton<DeliverySignal>();
        services.AddSingleton<IDeliverySignal>(sp => sp.GetRequiredService<DeliverySignal>());
        services.AddHostedService<DeliveryWorker>();
    }

    private static void AddJobs(this IServiceCollection services)
    {
        services.AddHangfire((provider, configuration) =>
        {
            var connection = provider.GetRequiredService<DatabaseConnection>();
            configuration
                .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
                .UseSimpleAssemblyNameTypeSerializer()
                .UseRecommendedSerializerSettings();
            if (connection.Provider == DatabaseProvider.SqlServer)
            {
                configuration.UseSqlServerStorage(connection.ConnectionString);
            }
            else
            {
                configuration.UseInMemoryStorage(new InMemoryStorageOptions());
            }
        });
        services.AddHangfireServer(options => options.WorkerCount = Math.Max(2, Environment.ProcessorCount));
    }
}
