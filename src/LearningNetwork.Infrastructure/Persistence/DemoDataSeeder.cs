using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Demo people for trying the portal on the embedded default in Development: coordinators and members of
/// schetsboek municipalities, a reader without municipality and a network admin, all with one known password.
/// Never run in Production (the web host only calls it in Development).
/// </summary>
public sealed partial class DemoDataSeeder(AppDbContext db, UserManager<ApplicationUser> users, IMarkdownRenderer markdown, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public const string Password = "Lerend netwerk 2026!";

    private static readonly DemoPerson[] People =
    [
        new("anne.jansen@tilburg.demo.test", "Anne Jansen", "Projectleider warmtetransitie", "GM0855", MembershipRole.Coordinator),
        new("bram.deboer@tilburg.demo.test", "Bram de Boer", "Wijkregisseur", "GM0855", MembershipRole.Member),
        new("carla.visser@drimmelen.demo.test", "Carla Visser", "Beleidsmedewerker riolering", "GM1719", MembershipRole.Coordinator),
        new("dirk.smit@haarlem.demo.test", "Dirk Smit", "Programmamanager aardgasvrij", "GM0392", MembershipRole.Coordinator),
        new("eva.bakker@haarlem.demo.test", "Eva Bakker", "Adviseur klimaatadaptatie", "GM0392", MembershipRole.Member),
        new("fatima.elamrani@onderzoek.demo.test", "Fatima El Amrani", "Onderzoeker", null, null),
        new("gert.mulder@netwerk.demo.test", "Gert Mulder", "Netwerkbeheerder", null, null, NetworkAdmin: true),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var codes = await db.Municipalities.ToDictionaryAsync(m => m.CbsCode, m => m.Id, cancellationToken);
        foreach (var person in People)
        {
            if (await users.FindByEmailAsync(person.Email) is null)
            {
                await CreateAsync(person, person.CbsCode is null ? null : codes[person.CbsCode], cancellationToken);
            }

            LogDemoAccount(person.Email, person.DisplayName, person.Role?.ToString() ?? (person.NetworkAdmin ? "NetworkAdmin" : "Reader"));
        }

        LogDemoPassword(Password);
        await SeedExperimentsAsync(codes, cancellationToken);
        var people = new Dictionary<string, string>();
        foreach (var person in People)
        {
            people[person.Email.Split('.')[0]] = (await users.FindByEmailAsync(person.Email))!.Id;
        }

        await DemoConversations.SeedAsync(db, markdown, people, clock.GetUtcNow().UtcDateTime, cancellationToken);
    }

    /// <summary>The schetsboek's examples as their municipalities' claimed projects, once: an example whose title exists is not added again.</summary>
    private async Task SeedExperimentsAsync(Dictionary<string, int> municipalities, CancellationToken cancellationToken)
    {
        var author = (await users.FindByEmailAsync(People.Single(p => p.NetworkAdmin).Email))!.Id;
        var titles = await db.Experiments.Select(e => e.Title).ToListAsync(cancellationToken);
        var examples = await db.SourcedExamples.ToDictionaryAsync(e => e.Key, e => e.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var example in DemoExperiments.All.Where(e => !titles.Contains(e.Title)))
        {
            var stopped = example.Status.NeedsReason();
            var experiment = new Experiment(municipalities[example.CbsCode], example.Details(examples[example.ExampleKey]), stopped ? ExperimentStatus.Running : example.Status, author, now, "Voorbeeld uit het Schetsboek koppelkansen.");
            if (stopped)
            {
                experiment.ChangeStatus(example.Status, "Volgens het schetsboek.", example.StatusReason, author, now);
            }

            db.Experiments.Add(experiment);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task CreateAsync(DemoPerson person, int? municipalityId, CancellationToken cancellationToken)
    {
        var user = new ApplicationUser
        {
            UserName = person.Email,
            Email = person.Email,
            EmailConfirmed = true,
            DisplayName = person.DisplayName,
            JobTitle = person.JobTitle,
            CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, Password);
        if (!created.Succeeded)
        {
            throw new InvalidOperationException($"Demo account {person.Email}: {string.Join("; ", created.Errors.Select(e => e.Description))}");
        }

        if (person.NetworkAdmin)
        {
            await users.AddToRoleAsync(user, Roles.NetworkAdmin);
        }

        if (municipalityId is { } id)
        {
            db.Memberships.Add(new Membership(user.Id, id, person.Role!.Value, clock.GetUtcNow().UtcDateTime));
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo account (Development only): {Email:l} — {DisplayName:l}, {Role:l}")]
    private partial void LogDemoAccount(string email, string displayName, string role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Demo accounts share the password: {Password:l}")]
    private partial void LogDemoPassword(string password);

    private sealed record DemoPerson(string Email, string DisplayName, string JobTitle, string? CbsCode, MembershipRole? Role, bool NetworkAdmin = false);
}
