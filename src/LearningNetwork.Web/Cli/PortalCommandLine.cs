using FluentValidation;
using LearningNetwork.Application.Accounts.CreateNetworkAdmin;
using LearningNetwork.Infrastructure.Persistence;
using Mediator;

namespace LearningNetwork.Web.Cli;

/// <summary>
/// Operations from the command line, on the same services and configuration as the portal:
/// <c>admin create --email … [--name …] [--password …]</c> and <c>migrate</c>.
/// </summary>
internal static class PortalCommandLine
{
    public static bool IsCommand(string[] args) =>
        args.Length > 0 && args[0] is "admin" or "migrate";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, TextWriter error)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        switch (args)
        {
            case ["migrate", ..]:
                if (!await provider.GetRequiredService<DatabaseInitialiser>().MigrateAsync(CancellationToken.None))
                {
                    return 1;
                }

                await output.WriteLineAsync("Database migrated.");
                return 0;
            case ["admin", "create", .. var options]:
                return await CreateAdminAsync(provider, options, output, error);
            default:
                await error.WriteLineAsync("Usage: admin create --email <address> [--name <display name>] [--password <password>] | migrate");
                return 2;
        }
    }

    private static async Task<int> CreateAdminAsync(IServiceProvider provider, string[] options, TextWriter output, TextWriter error)
    {
        var email = Option(options, "--email");
        if (email is null)
        {
            await error.WriteLineAsync("admin create needs --email <address>.");
            return 2;
        }

        if (!await provider.GetRequiredService<DatabaseInitialiser>().InitialiseAsync(CancellationToken.None))
        {
            return 1;
        }

        var name = Option(options, "--name") ?? email.Split('@')[0];
        var password = Option(options, "--password") ?? Environment.GetEnvironmentVariable("LEARNINGNETWORK_ADMIN_PASSWORD");
        try
        {
            var created = await provider.GetRequiredService<ISender>().Send(new CreateNetworkAdminCommand(email, name, password));
            await output.WriteLineAsync(created
                ? $"Created network admin {email}."
                : $"{email} already had an account and is now a network admin.");
            return 0;
        }
        catch (ValidationException validation)
        {
            foreach (var failure in validation.Errors)
            {
                await error.WriteLineAsync($"{failure.PropertyName}: {failure.ErrorMessage}");
            }

            return 1;
        }
    }

    private static string? Option(string[] options, string name)
    {
        var index = Array.IndexOf(options, name);
        return index >= 0 && index + 1 < options.Length ? options[index + 1] : null;
    }
}
