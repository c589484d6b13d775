using System.Net;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 22, the anchoring watch: a municipality's projects that one person carries, that stay in Idee or Voorbereiding
/// longer than the network's median, or that are "Verankerd" without a budget line or owner are flagged to its members,
/// on the watch and in their digest, each with projects elsewhere that made the step; a flag set aside with a reason is
/// gone from both and listed with its reason, and can be shown again.
/// </summary>
public sealed class AnchoringTests : IDisposable
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";

    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task The_watch_flags_what_needs_anchoring_with_examples_and_a_member_sets_a_flag_aside()
    {
        var member = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        var colleague = await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", Tilburg);
        var breda1 = await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", Breda);
        var breda2 = await Network.PersonAsync(_factory, "collega@breda.nl", "Collega Breda", Breda);
        var now = _factory.Clock.GetUtcNow().UtcDateTime;

        // Five projects elsewhere moved from Voorbereiding to Uitvoering after 100 to 300 days: the median is 200 days.
        var moved = new List<int>();
        foreach (var days in new[] { 100, 150, 200, 250, 300 })
        {
            var id = (await Make.Project(_factory.Services).In(Breda).Titled($"Breda stap na {days} dagen").Themes("renovation").Visible(Visibility.Public)
                .Status(ExperimentStatus.Preparing).CreatedAt(now.AddDays(-400)).CreateAsync()).Id;
            await ChangeStatusAsync(id, ExperimentStatus.Running, now.AddDays(-400 + days));
            moved.Add(id);
        }

        await RecordAsync(moved[0], budget: false, contacts: [breda1, breda2]);
        var overcame = (await Make.Project(_factory.Services).In(Breda).Titled("Breda borgde de kennis").Visible(Visibility.Public)
            .Barrier(3, BarrierState.Overcome, "Tweede projectleider ingewerkt voor de eerste met pensioen ging.").CreateAsync()).Id;
        var budgeted = (await Make.Project(_factory.Services).In(Breda).Titled("Breda verankerd met budget").Visible(Visibility.Public).Status(ExperimentStatus.Anchored).CreateAsync()).Id;
        await RecordAsync(budgeted, budget: true);

        // Tilburg: one carried by nobody else, one long in preparation, one short, one anchored without and one with a budget.
        var alone = (await Make.Project(_factory.Services).In(Tilburg).Titled("Eenmansproject").Status(ExperimentStatus.Running).CreateAsync()).Id;
        var lingering = (await Make.Project(_factory.Services).In(Tilburg).Titled("Lang in voorbereiding").Themes("renovation").Status(ExperimentStatus.Preparing).CreatedAt(now.AddDays(-300)).CreateAsync()).Id;
        var fresh = (await Make.Project(_factory.Services).In(Tilburg).Titled("Net begonnen").Status(ExperimentStatus.Preparing).CreatedAt(now.AddDays(-30)).CreateAsync()).Id;
        var claimed = (await Make.Project(_factory.Services).In(Tilburg).Titled("Verankerd zonder budget").Status(ExperimentStatus.Anchored).CreateAsync()).Id;
        var anchored = (await Make.Project(_factory.Services).In(Tilburg).Titled("Verankerd met budget").Status(ExperimentStatus.Anchored).CreateAsync()).Id;
        foreach (var project in new[] { lingering, fresh, claimed })
        {
            await RecordAsync(project, budget: false, contacts: [member, colleague]);
        }

        await RecordAsync(anchored, budget: true, contacts: [member, colleague]);
        var single = (await Make.Project(_factory.Services).In(Tilburg).Titled("Door één gedragen").Status(ExperimentStatus.Running).CreateAsync()).Id;
        await RecordAsync(single, budget: false, contacts: [colleague]);

        var client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var watch = await client.GetAsync("/anchoring", expectSuccess: true);
        Assert.Contains("mediaan 7 maanden (over 5 projecten", watch.Text("[data-testid=anchoring-median]"));
        var flags = watch.QuerySelectorAll("[data-testid=anchoring-flag]").Select(f => (int.Parse(f.GetAttribute("data-experiment")!, System.Globalization.CultureInfo.InvariantCulture), f.GetAttribute("data-kind"))).ToHashSet();
        Assert.Equal(
            new HashSet<(int, string?)> { (alone, "SingleContact"), (single, "SingleContact"), (lingering, "LongInEarlyPhase"), (claimed, "AnchoredWithoutBudget") },
            flags);
        Assert.Contains("Al 10 maanden in idee of voorbereiding; in het netwerk duurde dat mediaan 7 maanden.", Flag(watch, lingering, "LongInEarlyPhase"));
        Assert.Contains("Breda borgde de kennis (Breda): “Tweede projectleider ingewerkt", Flag(watch, alone, "SingleContact"));
        Assert.Contains("Breda stap na 100 dagen (Breda)", Flag(watch, alone, "SingleContact"));
        Assert.Contains("Breda stap na", Flag(watch, lingering, "LongInEarlyPhase"));
        Assert.Contains("Breda verankerd met budget (Breda)", Flag(watch, claimed, "AnchoredWithoutBudget"));
        Assert.DoesNotContain("Breda verankerd met budget", Flag(watch, alone, "SingleContact"));

        // The digest carries the flags, with a link to the watch (this week's news is a reflection on barrier 3 the member follows).
        await Content.FollowAsync(_factory, member, Domain.Following.FollowKind.Barrier, "3");
        await Content.ReflectAsync(_factory, overcame, await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == overcame).Select(e => e.CreatedByUserId).SingleAsync()), "Zo borgden we de kennis", [3], now.AddMinutes(-5));
        var digest = await client.GetStringAsync(new Uri("/account/digest/preview?format=text", UriKind.Relative));
        Assert.Contains("VERANKERINGSWACHT", digest, StringComparison.Ordinal);
        Assert.Contains("* Eenmansproject: niemand is erop aanspreekbaar.", digest, StringComparison.Ordinal);
        Assert.Contains("* Door één gedragen: maar één persoon is erop aanspreekbaar.", digest, StringComparison.Ordinal);
        Assert.Contains("* Lang in voorbereiding: al 10 maanden in idee of voorbereiding; in het netwerk duurde dat mediaan 7 maanden.", digest, StringComparison.Ordinal);
        Assert.Contains("/anchoring", digest, StringComparison.Ordinal);

        // Setting aside needs a reason; another municipality cannot; then it is gone from the watch, the digest and the project page.
        var empty = await client.PostFormAsync("/anchoring", new Dictionary<string, string> { ["Input.ExperimentId"] = $"{alone}", ["Input.Kind"] = "SingleContact", ["Input.Reason"] = " " }, "/anchoring?handler=Dismiss");
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var refused = await Html.ReadAsync(empty);
        Assert.Contains("Schrijf waarom dit signaal niet (meer) opgaat, zodat collega's het begrijpen.", refused.SummaryErrors());
        Assert.Contains("Schrijf waarom", refused.QuerySelector($"#flag-{alone}-SingleContact")!.TextContent);
        Assert.DoesNotContain("Schrijf waarom", refused.QuerySelector($"#flag-{lingering}-LongInEarlyPhase")!.TextContent);
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var foreign = await breda.PostWithTokenAsync("/anchoring?handler=Dismiss", new Dictionary<string, string> { ["Input.ExperimentId"] = $"{alone}", ["Input.Kind"] = "SingleContact", ["Input.Reason"] = "Niet van ons." });
        Assert.Equal(HttpStatusCode.Forbidden, foreign.StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.AnchoringDismissals.CountAsync()));

        Assert.NotNull((await client.GetAsync($"/experiments/{alone}", expectSuccess: true)).QuerySelector("[data-testid=continuity-warning]"));
        var dismissed = await client.PostFormAsync("/anchoring", new Dictionary<string, string> { ["Input.ExperimentId"] = $"{alone}", ["Input.Kind"] = "SingleContact", ["Input.Reason"] = "Opvolger is ingewerkt, staat nog niet in het portaal." }, "/anchoring?handler=Dismiss");
        Assert.Equal(HttpStatusCode.Redirect, dismissed.StatusCode);
        watch = await client.GetAsync("/anchoring", expectSuccess: true);
        Assert.Null(watch.QuerySelector($"#flag-{alone}-SingleContact"));
        Assert.Contains("Weggezet door Lid Tilburg op", watch.Text("[data-testid=anchoring-dismissed]"));
        Assert.Contains("“Opvolger is ingewerkt, staat nog niet in het portaal.”", watch.Text("[data-testid=anchoring-dismissed]"));
        Assert.Null((await client.GetAsync($"/experiments/{alone}", expectSuccess: true)).QuerySelector("[data-testid=continuity-warning]"));
        digest = await client.GetStringAsync(new Uri("/account/digest/preview?format=text", UriKind.Relative));
        Assert.DoesNotContain("Eenmansproject", digest, StringComparison.Ordinal);
        Assert.Contains("Lang in voorbereiding", digest, StringComparison.Ordinal);

        // The one who knew leaves the municipality: the projects only they and one other carried are flagged now.
        await _factory.WithDbAsync(db => db.Memberships.Where(m => m.UserId == colleague).ExecuteDeleteAsync());
        watch = await client.GetAsync("/anchoring", expectSuccess: true);
        Assert.NotNull(watch.QuerySelector($"#flag-{lingering}-SingleContact"));
        Assert.Contains("Maar één persoon is aanspreekbaar", Flag(watch, lingering, "SingleContact"));
        Assert.Contains("Niemand is aanspreekbaar", Flag(watch, single, "SingleContact"));
        Assert.StartsWith("Alleen Lid Tilburg is aanspreekbaar op dit project.", (await client.GetAsync($"/experiments/{lingering}", expectSuccess: true)).Text("[data-testid=continuity-warning]"));

        // Shown again on request.
        var restored = await client.PostFormAsync("/anchoring", new Dictionary<string, string>(), $"/anchoring?handler=Restore&experimentId={alone}&kind=SingleContact");
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        Assert.NotNull((await client.GetAsync("/anchoring", expectSuccess: true)).QuerySelector($"#flag-{alone}-SingleContact"));

        // The watch is for members: visitors sign in first, a reader without a municipality is refused.
        Assert.Equal(HttpStatusCode.Redirect, (await _factory.CreatePortalClient().GetAsync(new Uri("/anchoring", UriKind.Relative))).StatusCode);
        await Network.PersonAsync(_factory, "lezer@example.nl", "Lezer");
        var reader = await Network.SignedInAsync(_factory, "lezer@example.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await reader.GetAsync(new Uri("/anchoring", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task Without_five_projects_that_moved_on_no_project_is_flagged_for_lingering()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        await Make.Project(_factory.Services).In(Tilburg).Titled("Heel lang in voorbereiding").Status(ExperimentStatus.Preparing).CreatedAt(now.AddDays(-2000)).CreateAsync();
        var client = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var watch = await client.GetAsync("/anchoring", expectSuccess: true);
        Assert.Contains("Nog maar 0 projecten zetten de stap", watch.Text("[data-testid=anchoring-median]"));
        Assert.DoesNotContain(watch.QuerySelectorAll("[data-testid=anchoring-flag]"), f => f.GetAttribute("data-kind") == "LongInEarlyPhase");
    }

    public void Dispose() => _factory.Dispose();

    private static string Flag(AngleSharp.Dom.IDocument watch, int project, string kind) =>
        string.Join(' ', watch.QuerySelector($"#flag-{project}-{kind}")!.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private Task ChangeStatusAsync(int project, ExperimentStatus to, DateTime atUtc) =>
        _factory.WithDbAsync(async db =>
        {
            var experiment = await db.Experiments.SingleAsync(e => e.Id == project);
            experiment.ChangeStatus(to, "Volgende stap.", null, experiment.CreatedByUserId, atUtc);
            return await db.SaveChangesAsync();
        });

    private Task RecordAsync(int project, bool budget, IReadOnlyList<string>? contacts = null) =>
        _factory.WithDbAsync(async db =>
        {
            var experiment = await db.Experiments.SingleAsync(e => e.Id == project);
            experiment.SetRecord(
                CaseRecord.Empty with { StructuralBudget = budget, OwningDepartment = budget ? Department.Sustainability : null, ContactUserIds = contacts ?? [] },
                _factory.Clock.GetUtcNow().UtcDateTime);
            return await db.SaveChangesAsync();
        });
}
