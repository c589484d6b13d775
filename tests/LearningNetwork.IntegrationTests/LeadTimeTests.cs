using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 22, the lead-time hint: beside the expected end, how long comparable couplings in the network took (same
/// theme, similar size), median and middle half, from the actual dates of the case record or of a realised project.
/// </summary>
public sealed class LeadTimeTests : IAsyncLifetime
{
    private const string Tilburg = "GM0855";

    private readonly PortalFactory _factory = new();
    private int _project;

    public async Task InitializeAsync()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        _project = (await Make.Project(_factory.Services).In(Tilburg).Titled("Nieuw in Tilburg").Themes("underground").Place("Reeshof", 400).CreateAsync()).Id;

        // Comparable: 12, 24 and 120 months from start to end, and 36 months by the case record's actual months.
        await RealisedAsync("GM0758", 300, new DateOnly(2015, 1, 1), new DateOnly(2016, 1, 1));
        await RealisedAsync("GM0758", 500, new DateOnly(2016, 1, 1), new DateOnly(2018, 1, 1));
        await RealisedAsync("GM0392", 800, new DateOnly(2010, 1, 1), new DateOnly(2020, 1, 1));
        var byRecord = (await Make.Project(_factory.Services).In("GM0983").Themes("underground").Place("Venlo", 250).Visible(Visibility.Public).CreateAsync()).Id;
        await _factory.WithDbAsync(async db =>
        {
            var project = await db.Experiments.Include(e => e.Works).SingleAsync(e => e.Id == byRecord);
            project.SetRecord(CaseRecord.Empty with { Phases = [new PhaseDates(ExperimentStatus.Preparing, null, null, new DateOnly(2019, 3, 1), new DateOnly(2020, 2, 1)), new PhaseDates(ExperimentStatus.Running, null, null, new DateOnly(2020, 3, 1), new DateOnly(2022, 3, 1))] }, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

        // Not comparable: another theme; ten times the homes; still running; an end still to come.
        await RealisedAsync("GM0758", 400, new DateOnly(2015, 1, 1), new DateOnly(2015, 7, 1), theme: "renovation");
        await RealisedAsync("GM0758", 4_000, new DateOnly(2015, 1, 1), new DateOnly(2015, 7, 1));
        await RealisedAsync("GM0758", 400, new DateOnly(2015, 1, 1), new DateOnly(2015, 7, 1), status: ExperimentStatus.Running);
        await RealisedAsync("GM0758", 400, new DateOnly(2015, 1, 1), DateOnly.FromDateTime(DateTime.UtcNow).AddYears(1));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_form_shows_how_long_comparable_couplings_took_median_and_middle_half()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var form = await member.GetAsync($"/experiments/{_project}/edit", expectSuccess: true);
        Assert.StartsWith(
            "Vergelijkbare koppelingen in het netwerk (zelfde thema, vergelijkbare omvang) duurden van werkelijke start tot realisatie 2 jaar en 6 maanden, de middelste helft 1 jaar en 9 maanden tot 4 jaar en 9 maanden (4 projecten).",
            form.Text("[data-testid=lead-time]"));

        // Another theme: too few to say anything.
        var response = await member.PostFormAsync($"/experiments/{_project}/edit", new Dictionary<string, string> { ["Input.Themes"] = "mobility", ["Input.Title"] = string.Empty });
        Assert.StartsWith("Nog te weinig vergelijkbare projecten met werkelijke data (0)", (await Html.ReadAsync(response)).Text("[data-testid=lead-time]"));
    }

    private async Task RealisedAsync(string cbs, int homes, DateOnly start, DateOnly end, string theme = "underground", ExperimentStatus status = ExperimentStatus.Realised)
    {
        var id = (await Make.Project(_factory.Services).In(cbs).Themes(theme).Place("Wijk", homes).Status(status).Visible(Visibility.Public).CreateAsync()).Id;
        await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == id).ExecuteUpdateAsync(set => set.SetProperty(e => e.StartDate, start).SetProperty(e => e.EndDate, end)));
    }
}
