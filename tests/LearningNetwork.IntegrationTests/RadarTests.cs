using System.Net;
using LearningNetwork.Application.Radar;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 22, the coupling-window radar: the dated works of the projects' case records, per municipality and province,
/// for the next three years, as readable as their projects; and the prompt to a municipality's members, once per
/// window, when one opens within 18 months with nothing coupled to it, also with two nodes at once.
/// </summary>
public sealed class RadarTests : IAsyncLifetime
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";

    private readonly PortalFactory _factory = new PortalFactory().WithSetting("Delivery:RunInBackground", "false");
    private readonly DateOnly _month = new(DateTime.UtcNow.Year, DateTime.UtcNow.Month, 1);
    private int _public;
    private int _draft;
    private int _tilburg;

    public async Task InitializeAsync()
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", Tilburg);
        _tilburg = await Network.MunicipalityIdAsync(_factory, Tilburg);
        _public = (await Make.Project(_factory.Services).In(Tilburg).Titled("Reeshof koppelt").Visible(Visibility.Public).CreateAsync()).Id;
        _draft = (await Make.Project(_factory.Services).In(Tilburg).Titled("Concept Heikant").Visible(Visibility.Draft).CreateAsync()).Id;
        var breda = (await Make.Project(_factory.Services).In(Breda).Titled("Breda Haagse Beemden").Visible(Visibility.Public).CreateAsync()).Id;
        await RecordAsync(
            _public,
            Work("Bosuilriool vervangen", 6, 12, coupled: false),
            Work("Straat herinrichten", 30, 34, coupled: true),
            Work("Oud riool", -30, -24, coupled: false));
        await RecordAsync(_draft, Work("Netverzwaring Heikant", 2, 3, coupled: false));
        await RecordAsync(breda, Work("Renovatie Haagse Beemden", 20, 26, coupled: false));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_radar_shows_the_windows_of_the_next_three_years_per_municipality_and_province_as_readable_as_their_projects()
    {
        var visitor = _factory.CreatePortalClient();
        var tilburg = await visitor.GetAsync($"/radar?municipality={_tilburg}", expectSuccess: true);
        var windows = tilburg.QuerySelectorAll("[data-testid=radar-window]").Select(w => (w.TextContent, w.GetAttribute("data-coupled"))).ToList();
        Assert.Equal(2, windows.Count);
        Assert.Contains("Bosuilriool vervangen", windows[0].TextContent);
        Assert.Contains("nog niet gekoppeld", windows[0].TextContent);
        Assert.Equal("false", windows[0].Item2);
        Assert.Contains("Straat herinrichten", windows[1].TextContent);
        Assert.Equal("true", windows[1].Item2);
        Assert.Equal([$"{_month.AddMonths(6).Year}", $"{_month.AddMonths(30).Year}"], tilburg.QuerySelectorAll("[data-testid=radar-year]").Select(y => y.GetAttribute("data-year")!).Distinct());

        // The members read their draft's window too; the province gathers its municipalities.
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Contains("Netverzwaring Heikant", (await member.GetAsync($"/radar?municipality={_tilburg}", expectSuccess: true)).Text("main"));
        var province = await visitor.GetAsync("/radar?province=noord-brabant", expectSuccess: true);
        Assert.Contains("Renovatie Haagse Beemden", province.Text("main"));
        Assert.Contains("Bosuilriool vervangen", province.Text("main"));
        Assert.DoesNotContain("Netverzwaring Heikant", province.Text("main"));
        Assert.Contains(
            "Koppelkansenradar van Tilburg",
            (await visitor.GetAsync($"/municipalities/{_tilburg}", expectSuccess: true)).Text("[data-testid=radar-link]"));

        var unknown = await visitor.GetAsync("/radar?province=atlantis", expectSuccess: true);
        Assert.Contains("Onbekende provincie. Kies een van de twaalf provincies, bijvoorbeeld noord-brabant.", unknown.SummaryErrors());
        Assert.Contains("Kies een gemeente of een provincie.", (await visitor.GetAsync("/radar?municipality=1&province=utrecht", expectSuccess: true)).SummaryErrors());
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri("/radar?municipality=999999", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task A_window_within_18_months_with_nothing_coupled_is_told_to_the_municipalitys_members_once_and_again_when_it_moves()
    {
        var round = await Task.WhenAll(PromptAsync(), PromptAsync());
        Assert.Equal(2, round.Sum());
        Assert.Equal(0, await PromptAsync());
        var members = await _factory.WithDbAsync(db => db.Memberships.CountAsync(m => m.MunicipalityId == _tilburg));
        var told = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.CouplingWindowNear).GroupBy(n => n.Title).Select(g => new { g.Key, People = g.Count() }).ToListAsync());
        Assert.Equal([("Bosuilriool vervangen", members), ("Netverzwaring Heikant", members)], told.OrderBy(t => t.Key).Select(t => (t.Key, t.People)));

        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var month = _month.AddMonths(6).ToString("MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("nl-NL"));
        Assert.Contains($"Het venster van ‘Bosuilriool vervangen’ opent in {month}, en er is nog niets aan gekoppeld.", (await member.GetAsync("/notifications", expectSuccess: true)).Text("main"));

        // Saved again as it was: nothing new to tell. Moved a month: told again.
        await RecordAsync(_public, Work("Bosuilriool vervangen", 6, 12, coupled: false), Work("Straat herinrichten", 30, 34, coupled: true));
        Assert.Equal(0, await PromptAsync());
        await RecordAsync(_public, Work("Bosuilriool vervangen", 7, 12, coupled: false), Work("Straat herinrichten", 30, 34, coupled: true));
        Assert.Equal(1, await PromptAsync());
        Assert.Equal(3 * members, await _factory.WithDbAsync(db => db.Notifications.CountAsync(n => n.Kind == NotificationKind.CouplingWindowNear)));
    }

    private CoupledWork Work(string description, int fromMonths, int toMonths, bool coupled) =>
        new(WorkKind.SewerReplacement, description, "Gemeente", _month.AddMonths(fromMonths), _month.AddMonths(toMonths), coupled);

    private Task RecordAsync(int experiment, params CoupledWork[] works) =>
        _factory.WithDbAsync(async db =>
        {
            var project = await db.Experiments.Include(e => e.Works).Include(e => e.RecordTags).SingleAsync(e => e.Id == experiment);
            project.SetRecord(CaseRecord.Empty with { Works = works }, DateTime.UtcNow);
            return await db.SaveChangesAsync();
        });

    private async Task<int> PromptAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CouplingWindowPrompts>().SendDueAsync(CancellationToken.None);
    }
}
