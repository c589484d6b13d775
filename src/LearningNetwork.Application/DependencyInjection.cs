using FluentValidation;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.Application;

public static class DependencyInjection
{
    /// <summary>
    /// The Application's own services: the viewer, the read cache, the outbox and the digest, access rules and
    /// validators. Infrastructure adds the ports they use (database, mail transport, identity); the mediator itself is
    /// generated and registered by the web project.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // One message per field: the first rule that fails is the one the user needs to read.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddScoped<Common.Security.ViewerProvider>();
        services.AddSingleton<Common.Caching.ReadCache>();
        services.AddSingleton<Experiments.ListExperiments.ExperimentListIndex>();
        services.AddScoped<Common.Interfaces.IMailSender, Mail.OutboxMailSender>();
        services.AddScoped<Mail.MailOutbox>();
        services.AddSingleton<Digests.DigestSchedule>();
        services.AddScoped<Digests.DigestComposer>();
        services.AddScoped<Digests.DigestPlanner>();
        services.AddScoped<Digests.DigestSender>();
        services.AddScoped<Notifications.NotificationMailer>();
        services.AddScoped<Werksessies.WerksessieReminders>();
        services.AddScoped<Werksessies.HarvestFollowUp>();
        services.AddScoped<Radar.CouplingWindowPrompts>();
        services.AddScoped<Experiments.Documents.DocumentPurge>();
        services.AddScoped<Anchoring.AnchoringWatch>();
        foreach (var rule in typeof(DependencyInjection).Assembly.GetTypes().Where(t => t is { IsClass: true, IsAbstract: false }))
        {
            foreach (var contract in rule.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Common.Security.IAccessRule<>)))
            {
                services.AddScoped(contract, rule);
            }
        }

        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Singleton, includeInternalTypes: true);
        return services;
    }
}
