using System.Net;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Membership and municipality forms fed what they should refuse: clear messages, nothing changed.</summary>
public sealed class MembershipBadInputTests : IDisposable
{
    private readonly PortalFactory _factory = new();

    [Fact]
    public async Task Joining_an_unknown_municipality_is_a_404_page()
    {
        await Network.PersonAsync(_factory, "lezer@example.com", "Lezer");
        var client = await Network.SignedInAsync(_factory, "lezer@example.com");

        var response = await client.PostWithTokenAsync("/municipalities/99999?handler=Join", new Dictionary<string, string> { ["Input.Motivation"] = "Hallo" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", (await Html.ReadAsync(response)).Text("h1"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.MembershipRequests.CountAsync()));
    }

    [Fact]
    public async Task A_second_open_request_is_refused_with_a_clear_message()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        await Network.PersonAsync(_factory, "twijfel@example.com", "Twijfelaar");
        var client = await Network.SignedInAsync(_factory, "twijfel@example.com", "en");
        await client.PostFormAsync($"/municipalities/{tilburg}", new Dictionary<string, string> { ["Input.Motivation"] = "Eerst Tilburg." });

        var second = await client.PostFormAsync($"/municipalities/{breda}", new Dictionary<string, string> { ["Input.Motivation"] = "Toch Breda." });

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("You already have an open request. Withdraw it first on your account page.", Assert.Single((await Html.ReadAsync(second)).SummaryErrors()));
        Assert.Equal([tilburg], await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.MunicipalityId).ToListAsync()));
    }

    [Fact]
    public async Task A_coordinator_cannot_decide_another_municipalitys_request_through_their_own_page()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Coördinator", "GM0855", MembershipRole.Coordinator);
        var applicant = await Network.PersonAsync(_factory, "sollicitant@example.com", "Sollicitant");
        var requestId = await _factory.WithDbAsync(async db =>
        {
            var request = new MembershipRequest(applicant, breda, "Breda graag.", DateTime.UtcNow);
            db.MembershipRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });
        var coordinator = await Network.SignedInAsync(_factory, "coordinator@tilburg.nl");

        var response = await coordinator.PostWithTokenAsync($"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}&approve=true", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(MembershipRequestStatus.Pending, await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Status).SingleAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Memberships.AnyAsync(m => m.UserId == applicant)));
    }

    [Fact]
    public async Task Forged_role_municipality_and_admin_fields_in_forms_are_ignored()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        await Network.PersonAsync(_factory, "slim@example.com", "Slimmerik");
        var client = await Network.SignedInAsync(_factory, "slim@example.com");
        var forged = new Dictionary<string, string>
        {
            ["Input.Motivation"] = "Gewoon lid.",
            ["Input.MunicipalityId"] = breda.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["MunicipalityId"] = breda.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Role"] = "Coordinator",
            ["Role"] = "Coordinator",
            ["Input.Status"] = "Approved",
            ["IsNetworkAdmin"] = "true",
        };

        await client.PostFormAsync($"/municipalities/{tilburg}", forged);
        await client.PostFormAsync("/account", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Slimmerik",
            ["Input.PreferredLanguage"] = "nl",
            ["Input.IsNetworkAdmin"] = "true",
            ["Input.Email"] = "admin@koppelkansen.nl",
        }, "/account?handler=Profile");

        var request = await _factory.WithDbAsync(db => db.MembershipRequests.SingleAsync());
        Assert.Equal(tilburg, request.MunicipalityId);
        Assert.Equal(MembershipRequestStatus.Pending, request.Status);
        Assert.False(await _factory.WithDbAsync(db => db.Memberships.AnyAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.UserRoles.CountAsync()));
        Assert.Equal("slim@example.com", await _factory.WithDbAsync(db => db.Users.Select(u => u.Email).SingleAsync()));
    }

    [Theory]
    [InlineData("", "Schrijf kort waarom je lid wilt worden")]
    [InlineData("   ", "Schrijf kort waarom je lid wilt worden")]
    [InlineData("10000", "Je toelichting is hoogstens 1000 tekens lang.")]
    public async Task A_missing_or_10000_character_motivation_is_refused(string motivation, string expected)
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        await Network.PersonAsync(_factory, "schrijver@example.com", "Schrijver");
        var client = await Network.SignedInAsync(_factory, "schrijver@example.com");

        var response = await client.PostFormAsync($"/municipalities/{tilburg}", new Dictionary<string, string> { ["Input.Motivation"] = motivation == "10000" ? new string('m', 10_000) : motivation });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith(expected, Assert.Single((await Html.ReadAsync(response)).FieldErrors()), StringComparison.Ordinal);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.MembershipRequests.CountAsync()));
    }

    public static TheoryData<Dictionary<string, string>, string> MunicipalityCases() => new()
    {
        { new() { ["Input.Name"] = "", ["Input.CbsCode"] = "GM9999", ["Input.Province"] = "Utrecht" }, "Vul de naam van de gemeente in." },
        { new() { ["Input.Name"] = "Nieuwdorp", ["Input.CbsCode"] = "GM12", ["Input.Province"] = "Utrecht" }, "Een CBS-code is GM gevolgd door vier cijfers, zoals GM0855." },
        { new() { ["Input.Name"] = "Nieuwdorp", ["Input.CbsCode"] = "GM0855", ["Input.Province"] = "Utrecht" }, "Er is al een gemeente met deze CBS-code." },
        { new() { ["Input.Name"] = "tilburg", ["Input.CbsCode"] = "GM9999", ["Input.Province"] = "Utrecht" }, "Er is al een gemeente met deze naam." },
        { new() { ["Input.Name"] = "Nieuwdorp", ["Input.CbsCode"] = "GM9999", ["Input.Province"] = "Atlantis" }, "Onbekende provincie." },
        { new() { ["Input.Name"] = "Nieuwdorp", ["Input.CbsCode"] = "GM9999", ["Input.Province"] = "Utrecht", ["Input.EmailDomains"] = "not a domain!" }, "Vul e-maildomeinen in zoals tilburg.nl" },
        { new() { ["Input.Name"] = "Nieuwdorp", ["Input.CbsCode"] = "GM9999", ["Input.Province"] = "Utrecht", ["Input.AutoApproveEmailDomains"] = "true" }, "Automatisch goedkeuren kan alleen" },
        { new() { ["Input.Name"] = new string('n', 10_000), ["Input.CbsCode"] = "GM9999", ["Input.Province"] = "Utrecht" }, "De naam is hoogstens 100 tekens lang." },
    };

    [Theory]
    [MemberData(nameof(MunicipalityCases))]
    public async Task Adding_a_municipality_refuses_bad_input(Dictionary<string, string> fields, string expected)
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var before = await _factory.WithDbAsync(db => db.Municipalities.CountAsync());

        var response = await admin.PostFormAsync("/admin/municipalities/edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains((await Html.ReadAsync(response)).SummaryErrors(), e => e.StartsWith(expected, StringComparison.Ordinal));
        Assert.Equal(before, await _factory.WithDbAsync(db => db.Municipalities.CountAsync()));
    }

    [Fact]
    public async Task A_network_admin_adds_a_municipality_and_it_is_audited()
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");

        var response = await admin.PostFormAsync("/admin/municipalities/edit", new Dictionary<string, string>
        {
            ["Input.Name"] = "Zwolle",
            ["Input.CbsCode"] = "gm0193",
            ["Input.Province"] = "Overijssel",
            ["Input.EmailDomains"] = "zwolle.nl",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var zwolle = await _factory.WithDbAsync(db => db.Municipalities.SingleAsync(m => m.Name == "Zwolle"));
        Assert.Equal("GM0193", zwolle.CbsCode);
        Assert.Equal(Domain.Municipalities.Province.Overijssel, zwolle.Province);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == Domain.Audit.AuditAction.MunicipalityCreated && a.MunicipalityId == zwolle.Id)));
        Assert.Equal($"/municipalities/{zwolle.Id}", response.Headers.Location!.OriginalString);
    }

    public void Dispose() => _factory.Dispose();
}
