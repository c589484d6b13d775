using LearningNetwork.Application.Accounts.CreateNetworkAdmin;
using LearningNetwork.Domain.Membership;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests.Support;

/// <summary>People with known roles in a fresh portal, made directly through the services (fast), signed in through the real login form.</summary>
public static class Network
{
    public const string Password = Make.Password;

    /// <summary>Creates a confirmed account; optionally member or coordinator of a municipality (by CBS code).</summary>
    public static Task<string> PersonAsync(PortalFactory factory, string email, string name, string? cbsCode = null, MembershipRole role = MembershipRole.Member) =>
        Make.PersonAsync(factory.Services, email, name, cbsCode, role);

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

    /// <summary>A change made by another node: one row written straight into the database file, past this node and its read cache.</summary>
    public static async Task WriteElsewhereAsync(PortalFactory factory, string sql)
    {
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={Path.Combine(factory.DataFolder, "learningnetwork.db")};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
