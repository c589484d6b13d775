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
        Assert.Equal([1, 2], terheijden.Barriers.Select(b => b.BarrierNumber).Order());
        Assert.Equal((new DateOnly(2019, 1, 1), Domain.Experiments.DatePrecision.Year), (terheijden.StartDate!.Value, terheijden.StartPrecision));
        var claims = await factory.WithDbAsync(db => db.Experiments
            .Select(e => new { e.Title, e.MunicipalityId, Example = db.SourcedExamples.Where(s => s.Id == e.SourcedExampleId).Select(s => s.Municipalities.Select(m => m.MunicipalityId).ToList()).SingleOrDefault() })
            .ToListAsync());
        Assert.All(claims, c => Assert.True(c.Example is not null && c.Example.Contains(c.MunicipalityId), $"{c.Title} is not a claimed example of its own municipality"));
        var breda = await factory.WithDbAsync(db => db.Experiments.Where(e => e.Title == "Mensen in de bijstand omscholen tot technische vakmensen").Select(e => new { e.Status, e.StatusReason }).SingleAsync());
        Assert.Equal(Domain.Experiments.ExperimentStatus.Stalled, breda.Status);
        Assert.Contains("in de praktijk niet te maken", breda.StatusReason, StringComparison.Ordinal);
        var client = factory.CreatePortalClient();
        var login = await client.PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "gert.mulder@netwerk.demo.test", ["Input.Password"] = DemoDataSeeder.Password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, login.StatusCode);
        Assert.Contains(DemoDataSeeder.Password, await File.ReadAllTextAsync(Path.Combine(Repository.Root, "README.md")), StringComparison.Ordinal);
    }

    /// <summary>Issue 18, section 3: on a fresh dotnet run, "Wie overwon dezelfde barrière?" shows peers, overcome as the schetsboek tells.</summary>
    [Fact]
    public async Task The_demo_shows_who_overcame_the_same_barrier_and_says_that_its_people_are_invented()
    {
        using var factory = new PortalFactory { Environment = "Development" };
        var overcome = await factory.WithDbAsync(db => db.Experiments
            .SelectMany(e => e.Barriers, (e, b) => new { e.Place, e.Title, b.BarrierNumber, b.State, b.Note })
            .Where(x => x.State == Domain.Experiments.BarrierState.Overcome)
            .ToListAsync());
        Assert.True(overcome.Count >= 3, string.Join("; ", overcome.Select(o => o.Title)));
        Assert.All(overcome, o => Assert.Contains("schetsboek", o.Note, StringComparison.Ordinal));

        var visitor = factory.CreatePortalClient("nl");
        var meerwijk = await factory.WithDbAsync(db => db.Experiments.Where(e => e.Place == "Meerwijk").Select(e => e.Id).SingleAsync());
        var page = await visitor.GetAsync($"/experiments/{meerwijk}", expectSuccess: true);
        Assert.Contains("Terheijden", page.Text("[data-testid=peers-1]"), StringComparison.Ordinal);
        Assert.Contains("Hoofdstuk 1", page.Text("[data-testid=project-from-schetsboek]"), StringComparison.Ordinal);
        Assert.Contains("verzonnen", page.Text("[data-testid=demo-notice]"), StringComparison.Ordinal);
        Assert.Contains("Banne-Noord", (await visitor.GetAsync("/barriers/4", expectSuccess: true)).Text("[data-testid=experiments]"), StringComparison.Ordinal);

        var reflections = await factory.WithDbAsync(db => db.Reflections.Select(r => r.BodyMarkdown).ToListAsync());
        Assert.All(reflections, body => Assert.Contains("(schetsboek,", body, StringComparison.Ordinal));
        Assert.DoesNotContain(reflections, body => body.Contains("18 van de 24", StringComparison.Ordinal) || body.Contains("bouwteam", StringComparison.Ordinal));
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
        Assert.Null((await factory.CreatePortalClient().GetAsync("/", expectSuccess: true)).QuerySelector("[data-testid=demo-notice]"));
    }
}
