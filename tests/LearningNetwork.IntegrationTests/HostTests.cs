using System.Net;
using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests;

public sealed class HostTests
{
    [Fact]
    public async Task Seeding_is_idempotent_over_any_number_of_restarts()
    {
        var dataFolder = PortalFactory.NewDataFolder();
        for (var start = 0; start < 3; start++)
        {
            using var factory = new PortalFactory(dataFolder);
            await using (var scope = factory.Services.CreateAsyncScope())
            {
                var initialiser = scope.ServiceProvider.GetRequiredService<DatabaseInitialiser>();
                Assert.True(await initialiser.InitialiseAsync(CancellationToken.None));
                Assert.True(await initialiser.InitialiseAsync(CancellationToken.None));
            }

            Assert.Equal(11, await factory.WithDbAsync(db => db.Lessons.CountAsync()));
            Assert.Equal(7, await factory.WithDbAsync(db => db.Barriers.CountAsync()));
            Assert.Equal(8, await factory.WithDbAsync(db => db.Themes.CountAsync()));
            Assert.Equal(17, await factory.WithDbAsync(db => db.Municipalities.CountAsync()));
            Assert.Equal(9, await factory.WithDbAsync(db => db.Barriers.SelectMany(b => b.HelpfulLessons).CountAsync()));
            Assert.Equal(1, await factory.WithDbAsync(db => db.Roles.CountAsync()));
            Assert.True(File.Exists(Path.Combine(dataFolder, DatabaseOptions.SqliteFileName)));
        }
    }

    [Fact]
    public async Task The_accessibility_statement_is_linked_from_every_page_in_both_languages()
    {
        using var factory = new PortalFactory();
        var home = await factory.CreatePortalClient().GetAsync("/", expectSuccess: true);
        var link = home.QuerySelector("footer a[href='/toegankelijkheid']")!;
        Assert.Equal("Toegankelijkheidsverklaring", link.TextContent.Trim());
        Assert.Equal("Toegankelijkheidsverklaring", (await factory.CreatePortalClient().GetAsync("/toegankelijkheid", expectSuccess: true)).Text("h1"));
        Assert.Equal("Accessibility statement", (await factory.CreatePortalClient("en").GetAsync("/toegankelijkheid", expectSuccess: true)).Text("h1"));
    }

    [Fact]
    public async Task The_job_dashboard_is_for_network_admins_only()
    {
        using var factory = new PortalFactory();
        var anonymous = await factory.CreatePortalClient().GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymous.StatusCode);
        Assert.StartsWith("/account/login", anonymous.Headers.Location!.PathAndQuery, StringComparison.Ordinal);

        var member = factory.CreatePortalClient();
        await AccountTests.RegisterConfirmedAsync(factory, member, "lid@apeldoorn.nl");
        await AccountTests.LogInAsync(member, "lid@apeldoorn.nl");
        var forbidden = await member.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("Geen toegang", (await Html.ReadAsync(forbidden)).Text("h1"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sender = scope.ServiceProvider.GetRequiredService<Mediator.ISender>();
            Assert.True(await sender.Send(new Application.Accounts.CreateNetworkAdmin.CreateNetworkAdminCommand("beheer@koppelkansen.nl", "Beheer", "een lange zin als wachtwoord")));
        }

        var admin = factory.CreatePortalClient();
        await AccountTests.LogInAsync(admin, "beheer@koppelkansen.nl");
        var dashboard = await admin.GetAsync(new Uri("/hangfire", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Hangfire", await dashboard.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
