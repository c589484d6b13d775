using LearningNetwork.Domain.Membership;
using LearningNetwork.Infrastructure.Identity;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.TestKit;

/// <summary>
/// People, projects and reflections written straight to a portal's database (fast, at the portal's clock), for
/// tests whose subject is something else. A test of a form or an API posts through it instead.
/// </summary>
public static class Make
{
    /// <summary>The password of every person made here.</summary>
    public const string Password = "een lange zin als wachtwoord";

    /// <summary>A confirmed account; optionally member or coordinator of a municipality (by CBS code). Returns its id.</summary>
    public static async Task<string> PersonAsync(IServiceProvider services, string email, string name, string? cbsCode = null, MembershipRole role = MembershipRole.Member)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAtUtc = now };
        var result = await users.CreateAsync(user, Password);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"{email} could not be made: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        if (cbsCode is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            db.Memberships.Add(new Membership(user.Id, await MunicipalityIdAsync(db, cbsCode), role, now));
            await db.SaveChangesAsync();
        }

        return user.Id;
    }

    /// <summary>A project, running and shared with the network unless told otherwise, in Tilburg unless told otherwise.</summary>
    public static ProjectBuilder Project(IServiceProvider services) => new(services);

    /// <summary>A reflection on a project by its author.</summary>
    public static ReflectionBuilder Reflection(IServiceProvider services, int experimentId, string authorId) => new(services, experimentId, authorId);

    internal static Task<int> MunicipalityIdAsync(AppDbContext db, string cbsCode) =>
        db.Municipalities.Where(m => m.CbsCode == cbsCode).Select(m => m.Id).SingleAsync();

    internal static async Task<T> WithDbAsync<T>(IServiceProvider services, Func<AppDbContext, DateTime, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>(), now);
    }
}

/// <summary>A project made by <see cref="Make.Project"/>: its id and the id of the person who logged it.</summary>
public sealed record MadeProject(int Id, string AuthorId);
