using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

public sealed class DemoDataTests
{
    [Fact]
    public async Task Development_has_demo_people_with_the_documented_password()
    {
        using var factory = new PortalFactory { Environment = "Development" };

        Assert.Equal(7, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(5, await factory.WithDbAsync(db => db.Memberships.CountAsync()));
        Assert.Equal(14, await factory.WithDbAsync(db => db.Experiments.CountAsync(e => e.Visibility == Domain.Common.Visibility.Public)));
        var terheijden = await factory.WithDbAsync(db => db.Experiments.Include(e => e.Barriers).SingleAsync(e => e.Place == "Terheijden"));
        Assert.Equal([1, 2, 5], terheijden.Barriers.Select(b => b.BarrierNumber).Order());
        Assert.Equal(Domain.Experiments.ExperimentStatus.Stalled, await factory.WithDbAsync(db => db.Experiments.Where(e => e.Title == "Mensen in de bijstand opleiden tot monteur").Select(e => e.Status).SingleAsync()));
        var client = factory.CreatePortalClient();
        var login = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "gert.mulder@netwerk.demo.test", ["Input.Password"] = DemoDataSeeder.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(DemoDataSeeder.Password, await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_restart_adds_the_examples_only_once()
    {
        var folder = PortalFactory.NewDataFolder();
        using (var first = new PortalFactory(folder) { Environment = "Development" })
        {
            Assert.Equal(14, await first.WithDbAsync(db => db.Experiments.CountAsync()));
        }

        using var second = new PortalFactory(folder) { Environment = "Development" };
        Assert.Equal(14, await second.WithDbAsync(db => db.Experiments.CountAsync()));
    }

    [Fact]
    public async Task Production_never_has_them()
    {
        using var factory = new PortalFactory();

        Assert.Equal(0, await factory.WithDbAsync(db => db.Users.CountAsync()));
        Assert.Equal(0, await factory.WithDbAsync(db => db.Experiments.CountAsync()));
    }
}
