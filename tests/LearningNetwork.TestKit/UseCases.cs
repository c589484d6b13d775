using LearningNetwork.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.TestKit;

/// <summary>
/// Sends a use case to a running portal as a given person, through the portal's own pipeline (logging, access,
/// validation) and its own current-user service: the rules are tested on the use cases, without a page in between.
/// </summary>
public static class UseCases
{
    /// <summary>Sends a command as <paramref name="asUser"/> (a user id), or as a visitor when it is null.</summary>
    public static Task<T> SendAsync<T>(this IServiceProvider services, ICommand<T> command, string? asUser) =>
        AsAsync(services, asUser, sender => sender.Send(command));

    /// <summary>Sends a query as <paramref name="asUser"/> (a user id), or as a visitor when it is null.</summary>
    public static Task<T> SendAsync<T>(this IServiceProvider services, IQuery<T> query, string? asUser) =>
        AsAsync(services, asUser, sender => sender.Send(query));

    private static async Task<T> AsAsync<T>(IServiceProvider services, string? asUser, Func<ISender, ValueTask<T>> send)
    {
        await using var scope = services.CreateAsyncScope();
        var context = new DefaultHttpContext { RequestServices = scope.ServiceProvider };
        if (asUser is not null)
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            var user = await users.FindByIdAsync(asUser) ?? throw new ArgumentException($"No user {asUser}.", nameof(asUser));
            context.User = await scope.ServiceProvider.GetRequiredService<IUserClaimsPrincipalFactory<ApplicationUser>>().CreateAsync(user);
        }

        // The portal reads the current user from the request; here the request is this one, for this call only.
        var accessor = scope.ServiceProvider.GetRequiredService<IHttpContextAccessor>();
        accessor.HttpContext = context;
        try
        {
            return await send(scope.ServiceProvider.GetRequiredService<ISender>());
        }
        finally
        {
            accessor.HttpContext = null;
        }
    }
}
