using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LearningNetwork.Application;

public static class DependencyInjection
{
    /// <summary>Access rules and validators of the use cases. The mediator itself is generated and registered by the web project.</summary>
    public static IServiceCollection AddApplication(this IServiceCollection services)
    {
        // One message per field: the first rule that fails is the one the user needs to read.
        ValidatorOptions.Global.DefaultRuleLevelCascadeMode = CascadeMode.Stop;
        services.AddScoped<Common.Security.ViewerProvider>();
        services.TryAddSingleton<Common.Caching.ReadCache>();
        services.AddSingleton<Digests.DigestSchedule>();
        services.AddScoped<Digests.DigestComposer>();
        services.AddScoped<Digests.DigestPlanner>();
        services.AddScoped<Digests.DigestSender>();
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
