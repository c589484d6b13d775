using System.Net;
using System.Text.Json;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 22, the record: a member fills the project's case record (timing, works, money, law, who); the page shows
/// only what is filled, and warns its members while one person is all the project's memory; the API, the CSV export
/// and the search carry it; bad input gets clear messages and saves nothing.
/// </summary>
public sealed class CaseRecordTests : IAsyncLifetime
{
    private const string Tilburg = "GM0855";

    private readonly PortalFactory _factory = new();
    private int _project;
    private string _colleague = string.Empty;
    private string _member = string.Empty;

    public async Task InitializeAsync()
    {
        _member = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        _colleague = await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758");
        _project = (await Make.Project(_factory.Services).In(Tilburg).Titled("Reeshof koppelt").Visible(Visibility.Public).CreateAsync()).Id;
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_member_fills_the_record_and_the_page_the_api_the_export_and_the_search_carry_it()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var page = await member.GetAsync($"/experiments/{_project}", expectSuccess: true);
        Assert.StartsWith("Niemand is aanspreekbaar op dit project.", page.Text("[data-testid=continuity-warning]"));
        Assert.Contains("Nog niet ingevuld", page.Text("[data-testid=record]"));
        var one = Record();
        one["Input.Contacts"] = _colleague;
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostFormAsync($"/experiments/{_project}/record", one)).StatusCode);
        page = await member.GetAsync($"/experiments/{_project}", expectSuccess: true);
        Assert.StartsWith("Alleen Collega Tilburg is aanspreekbaar op dit project.", page.Text("[data-testid=continuity-warning]"));

        var response = await member.PostFormAsync($"/experiments/{_project}/record", Record());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/experiments/{_project}#record", response.Headers.Location!.OriginalString);

        page = await member.GetAsync($"/experiments/{_project}", expectSuccess: true);
        var shown = string.Join(' ', page.Text("[data-testid=record]").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("Bosuilriool vervangen (Rioolvervanging), Gemeente Tilburg, riolering · maart 2027 – december 2027 · nog niet gekoppeld", shown);
        Assert.Contains("€ 1 tot € 10 miljoen", shown);
        Assert.Contains("Subsidie (Warmtefonds)", shown);
        Assert.Contains("€ 12.500 per woning", shown);
        Assert.Contains("Bouwteam", page.Text("[data-testid=record-facts]"));
        Assert.Equal("Collega Tilburg, Lid Tilburg", page.Text("[data-testid=record-contacts]"));
        Assert.Null(page.QuerySelector("[data-testid=continuity-warning]"));
        Assert.Contains("januari 2020 – juni 2021", page.Text("[data-testid=record-phases]"));

        // Visitors read the record, without the people in it; no warning is theirs to act on.
        var visitor = await _factory.CreatePortalClient().GetAsync($"/experiments/{_project}", expectSuccess: true);
        Assert.Contains("Bosuilriool vervangen", visitor.Text("[data-testid=record]"));
        Assert.Null(visitor.QuerySelector("[data-testid=record-contacts]"));
        Assert.Null(visitor.QuerySelector("[data-testid=continuity-warning]"));

        // The API and the export.
        using var json = JsonDocument.Parse(await _factory.CreatePortalClient().GetStringAsync(new Uri($"/api/v1/experiments/{_project}", UriKind.Relative)));
        var record = json.RootElement.GetProperty("record");
        Assert.Equal("sewer-replacement", record.GetProperty("works")[0].GetProperty("kind").GetString());
        Assert.Equal(12500, record.GetProperty("unprofitableTopPerHome").GetInt32());
        Assert.Equal(0, record.GetProperty("contactUserIds").GetArrayLength());
        var csv = await _factory.CreatePortalClient().GetStringAsync(new Uri("/api/v1/export/experiments.csv", UriKind.Relative));
        Assert.Contains("SewerReplacement:2027-03/2027-12:not-coupled:Bosuilriool vervangen", csv, StringComparison.Ordinal);
        Assert.Contains("Running:2020-01/2021-06:2020-03/", csv, StringComparison.Ordinal);
        Assert.Contains(",OneToTenMillion,OwnBudget;Subsidy:Warmtefonds,12500,true,BuildingTeam,PublicTender,", csv, StringComparison.Ordinal);

        // The list filters on the record's lists, with counts; so does the API; an unknown value gets a clear message.
        var funded = await _factory.CreatePortalClient().GetAsync("/experiments?record=funding.Subsidy", expectSuccess: true);
        Assert.Contains("Reeshof koppelt", funded.Text("main"));
        Assert.NotNull(funded.QuerySelector("[data-facet=record] input[value='funding.Subsidy'][checked]"));
        Assert.Equal("1", funded.QuerySelector("label[for='record-instrument.BuildingTeam'] .ln-count")!.GetAttribute("data-count"));
        Assert.Contains("Geld: Subsidie", funded.Text("[data-facet=record]"));
        var residents = await _factory.CreatePortalClient().GetAsync("/experiments?record=funding.Residents", expectSuccess: true);
        Assert.DoesNotContain("Reeshof koppelt", residents.Text("main"));
        var api = await _factory.CreatePortalClient().GetStringAsync(new Uri("/api/v1/experiments?record=instrument.BuildingTeam&record=role.EnergyCoach", UriKind.Relative));
        Assert.Contains("Reeshof koppelt", api, StringComparison.Ordinal);
        var unknown = await _factory.CreatePortalClient().GetAsync("/experiments?record=funding.Gratis", expectSuccess: true);
        Assert.Contains("Kies een waarde uit het dossier, zoals funding.Subsidy of instrument.BuildingTeam.", unknown.SummaryErrors());
        Assert.Equal(HttpStatusCode.BadRequest, (await _factory.CreatePortalClient().GetAsync(new Uri("/api/v1/experiments?record=funding.Gratis", UriKind.Relative))).StatusCode);

        // A word only the record holds finds the project, in the list's search and the site-wide one.
        var list = await _factory.CreatePortalClient().GetAsync("/experiments?q=bosuilriool", expectSuccess: true);
        Assert.Contains("Reeshof koppelt", list.Body!.TextContent);
        var search = await _factory.CreatePortalClient().GetAsync("/search?q=warmtefonds", expectSuccess: true);
        Assert.Contains("Reeshof koppelt", search.Body!.TextContent);
    }

    [Fact]
    public async Task Bad_input_gets_a_clear_message_and_saves_nothing_and_only_members_write()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var version = await VersionAsync();
        var cases = new (string Field, string Value, string Message)[]
        {
            ("Input.Phases[2].PlannedFrom", "2027-13", "Vul een maand in als jjjj-mm, tussen 1990 en 2100."),
            ("Input.Phases[2].PlannedFrom", "20277-01", "Vul een maand in als jjjj-mm, tussen 1990 en 2100."),
            ("Input.Phases[2].ActualTo", "2019-12", "Het einde ligt vóór het begin."),
            ("Input.Works[0].WindowTo", "2026-01", "Het einde ligt vóór het begin."),
            ("Input.Works[0].Description", string.Empty, "Beschrijf het werk, bijvoorbeeld ‘riool Reeshof vervangen’."),
            ("Input.UnprofitableTopPerHome", "-5", "Vul het bedrag in hele euro's per woning in, van 0 tot 1.000.000."),
            ("Input.UnprofitableTopPerHome", "veel", "Vul het bedrag in hele euro's per woning in, van 0 tot 1.000.000."),
            ("Input.UnprofitableTopPerHome", "2000000", "Vul het bedrag in hele euro's per woning in, van 0 tot 1.000.000."),
            ("Input.Costs", "Gratis", "Kies uit de lijst."),
            ("Input.Contacts", await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "lid@breda.nl").Select(u => u.Id).SingleAsync()), "Kies als contactpersoon iemand van de gemeente van het project."),
        };
        foreach (var (field, value, message) in cases)
        {
            var fields = Record();
            fields[field] = value;
            var response = await member.PostFormAsync($"/experiments/{_project}/record", fields);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var errors = await Html.ReadAsync(response);
            Assert.Contains(message, errors.SummaryErrors());
            Assert.Equal(version, await VersionAsync());
        }

        // A form drawn before someone else's save: the page again, with a warning, nothing saved.
        var form = await member.GetAsync($"/experiments/{_project}/record", expectSuccess: true);
        Assert.Equal(HttpStatusCode.Redirect, (await member.PostFormAsync($"/experiments/{_project}/record", Record())).StatusCode);
        var stale = await member.SubmitAsync(form, $"/experiments/{_project}/record", Record());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.NotNull((await Html.ReadAsync(stale)).QuerySelector("[data-testid=conflict]"));

        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.GetAsync(new Uri($"/experiments/{_project}/record", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.PostWithTokenAsync($"/experiments/{_project}/record", Record())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(new Uri("/experiments/999999/record", UriKind.Relative))).StatusCode);
    }

    private Task<int> VersionAsync() => _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == _project).Select(e => e.Version).SingleAsync());

    private Dictionary<string, string> Record() => new()
    {
        ["Input.Phases[2].PlannedFrom"] = "2020-01",
        ["Input.Phases[2].PlannedTo"] = "2021-06",
        ["Input.Phases[2].ActualFrom"] = "2020-03",
        ["Input.Works[0].Kind"] = "SewerReplacement",
        ["Input.Works[0].Description"] = "Bosuilriool vervangen",
        ["Input.Works[0].Owner"] = "Gemeente Tilburg, riolering",
        ["Input.Works[0].WindowFrom"] = "2027-03",
        ["Input.Works[0].WindowTo"] = "2027-12",
        ["Input.Costs"] = "OneToTenMillion",
        ["Input.Funding[0].Selected"] = "true",
        ["Input.Funding[1].Selected"] = "true",
        ["Input.Funding[1].Name"] = "Warmtefonds",
        ["Input.UnprofitableTopPerHome"] = "12.500",
        ["Input.StructuralBudget"] = "true",
        ["Input.Legal[1].Effect"] = "InTheWay",
        ["Input.Legal[3].Effect"] = "Used",
        ["Input.Departments"] = Html.Many("PublicSpace", "Sustainability"),
        ["Input.OwningDepartment"] = "Sustainability",
        ["Input.Roles"] = Html.Many("EnergyCoach", "GridOperator"),
        ["Input.Contacts"] = Html.Many(_colleague, _member),
    };
}
