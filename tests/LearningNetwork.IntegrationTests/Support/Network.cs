using LearningNetwork.Application.Accounts.CreateNetworkAdmin;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Infrastructure.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>People with known roles in a fresh portal, made directly through the services (fast), signed in through the real login form.</summary>
public static class Network
{
    public const string Password = "een lange zin als wachtwoord";

    /// <summary>Creates a confirmed account; optionally member or coordinator of a municipality (by CBS code).</summary>
    public static async Task<string> PersonAsync(PortalFactory factory, string email, string name, string? cbsCode = null, MembershipRole role = MembershipRole.Member)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var now = scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = name, CreatedAtUtc = now };
        var result = await users.CreateAsync(user, Password);
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Description)));
        if (cbsCode is not null)
        {
            var db = scope.ServiceProvider.GetRequiredService<Infrastructure.Persistence.AppDbContext>();
            var municipality = await db.Municipalities.SingleAsync(m => m.CbsCode == cbsCode);
            db.Memberships.Add(new Membership(user.Id, municipality.Id, role, now));
            await db.SaveChangesAsync();
        }

        return user.Id;
    }

    public static async Task AdminAsync(PortalFactory factory, string email)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISender>().Send(new CreateNetworkAdminCommand(email, "Beheer", Password));
    }

    public static async Task<HttpClient> SignedInAsync(PortalFactory factory, string email, string? language = null)
    {
        var client = factory.CreatePortalClient(language);
        var response = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    public static Task<int> MunicipalityIdAsync(PortalFactory factory, string cbsCode) =>
        factory.WithDbAsync(db => db.Municipalities.Where(m => m.CbsCode == cbsCode).Select(m => m.Id).SingleAsync());
}
