using System.Net;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>End to end on the real host with a real SMTP server: request, decision, mail, and what membership allows.</summary>
public sealed class MembershipJourneyTests : IDisposable
{
    private readonly SmtpSink _smtp = new();
    private readonly PortalFactory _factory;

    public MembershipJourneyTests() => _factory = _smtp.Configure(new PortalFactory());

    [Fact]
    public async Task A_request_approved_by_the_coordinator_makes_a_member_of_A_and_not_of_B()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Anne Coördinator", "GM0855", MembershipRole.Coordinator);

        // A new user registers through the form; the confirmation arrives over SMTP.
        var newcomer = _factory.CreatePortalClient("en");
        await AccountTests.RegisterAsync(newcomer, "Nina Nieuw", "nina@tilburg.nl");
        var confirmation = Assert.Single(await _smtp.WaitForAsync("nina@tilburg.nl", 1));
        Assert.Equal("Confirm your e-mail address for the Koppelkansen Learning Network", confirmation.Subject);
        await newcomer.PostFormAsync(Mailbox.LinkTo(confirmation, "/account/confirm-email"), new Dictionary<string, string>());
        await AccountTests.LogInAsync(newcomer, "nina@tilburg.nl");

        var requested = await newcomer.PostFormAsync($"/municipalities/{tilburg}", new Dictionary<string, string> { ["Input.Motivation"] = "Ik ben de nieuwe wijkregisseur in Reeshof." });
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        Assert.Contains("Your request has been sent", (await newcomer.GetAsync($"/municipalities/{tilburg}", expectSuccess: true)).Text("[data-testid=join-outcome]"), StringComparison.Ordinal);

        var notice = Assert.Single(await _smtp.WaitForAsync("coordinator@tilburg.nl", 1));
        Assert.Equal("Nieuwe aanvraag voor Tilburg", notice.Subject);
        Assert.Contains("Ik ben de nieuwe wijkregisseur in Reeshof.", notice.TextBody, StringComparison.Ordinal);

        var coordinator = await Network.SignedInAsync(_factory, "coordinator@tilburg.nl");
        var requestId = await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Id).SingleAsync());
        var managePage = Mailbox.LinkTo(notice, $"/municipalities/{tilburg}/members");
        var approved = await coordinator.PostFormAsync(
            managePage,
            new Dictionary<string, string> { ["approve"] = "true" },
            action: $"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}");
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);

        var mails = await _smtp.WaitForAsync("nina@tilburg.nl", 2);
        Assert.Contains(mails, m => m.Subject == "You are a member of Tilburg in the Koppelkansen Learning Network");

        Assert.Equal("You are a member of this municipality.", (await newcomer.GetAsync($"/municipalities/{tilburg}", expectSuccess: true)).Text("[data-testid=standing]"));
        Assert.NotNull((await newcomer.GetAsync($"/municipalities/{breda}", expectSuccess: true)).QuerySelector("form[action*='handler=Join']"));
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync(new Uri($"/municipalities/{tilburg}/members", UriKind.Relative))).StatusCode);
        var membership = await _factory.WithDbAsync(db => db.Memberships.SingleAsync(m => m.MunicipalityId == tilburg && m.Role == MembershipRole.Member));
        Assert.Equal(tilburg, membership.MunicipalityId);
        Assert.Contains(await _factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync()), a => a == Domain.Audit.AuditAction.MembershipApproved);

        // The new member writes Tilburg's content, and not Breda's.
        var logged = await newcomer.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Reeshof: warmtenet met nieuwe riolering",
            ["Input.Summary"] = "De straat gaat één keer open.",
            ["Input.Themes"] = "underground",
        });
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(tilburg, await _factory.WithDbAsync(db => db.Experiments.Select(e => e.MunicipalityId).SingleAsync()));
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758");
        var bredaMember = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var bredaExperiment = await bredaMember.PostFormAsync("/experiments/new", new Dictionary<string, string>
        {
            ["Input.Title"] = "Breda: energieteam",
            ["Input.Summary"] = "Werk en armoede gekoppeld.",
            ["Input.Themes"] = "employment",
        });
        var bredaEdit = bredaExperiment.Headers.Location!.OriginalString + "/edit";
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.GetAsync(new Uri(bredaEdit, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await newcomer.PostWithTokenAsync(bredaEdit, new Dictionary<string, string> { ["Input.Title"] = "Overgenomen", ["Input.Summary"] = "x", ["Input.Themes"] = "employment", ["Version"] = "1" })).StatusCode);
        Assert.Equal("Breda: energieteam", await _factory.WithDbAsync(db => db.Experiments.Where(e => e.MunicipalityId == breda).Select(e => e.Title).SingleAsync()));
    }

    [Fact]
    public async Task A_rejection_needs_a_reason_which_the_applicant_reads_in_their_language()
    {
        var haarlem = await Network.MunicipalityIdAsync(_factory, "GM0392");
        await Network.PersonAsync(_factory, "coordinator@haarlem.nl", "Dirk", "GM0392", MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "outsider@example.com", "Olga Buiten");
        var applicant = await Network.SignedInAsync(_factory, "outsider@example.com");
        await applicant.PostFormAsync($"/municipalities/{haarlem}", new Dictionary<string, string> { ["Input.Motivation"] = "Adviseur bij een ingenieursbureau." });
        var requestId = await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Id).SingleAsync());
        var coordinator = await Network.SignedInAsync(_factory, "coordinator@haarlem.nl");
        var action = $"/municipalities/{haarlem}/members?handler=Decide&requestId={requestId}";

        var withoutReason = await coordinator.PostFormAsync($"/municipalities/{haarlem}/members", new Dictionary<string, string> { ["approve"] = "false" }, action);
        Assert.Equal(HttpStatusCode.OK, withoutReason.StatusCode);
        Assert.Contains("Geef een reden op", Assert.Single((await Html.ReadAsync(withoutReason)).SummaryErrors()), StringComparison.Ordinal);
        Assert.True(await _factory.WithDbAsync(db => db.MembershipRequests.AnyAsync(r => r.Status == MembershipRequestStatus.Pending)));

        var rejected = await coordinator.PostFormAsync(
            $"/municipalities/{haarlem}/members",
            new Dictionary<string, string> { ["approve"] = "false", ["Input.Reason"] = "Alleen medewerkers van de gemeente zelf." },
            action);
        Assert.Equal(HttpStatusCode.Redirect, rejected.StatusCode);

        var mail = Assert.Single(await _smtp.WaitForAsync("outsider@example.com", 1));
        Assert.Equal("Je aanvraag voor Haarlem is niet goedgekeurd", mail.Subject);
        Assert.Contains("Reden: Alleen medewerkers van de gemeente zelf.", mail.TextBody, StringComparison.Ordinal);
        Assert.False(await _factory.WithDbAsync(db => db.Memberships.AnyAsync(m => m.MunicipalityId == haarlem && m.Role == MembershipRole.Member)));
        Assert.DoesNotContain(await _factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Details).ToListAsync()), d => d != null && d.Contains("Alleen medewerkers", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_and_a_decision_are_stored_with_their_mails_or_not_at_all()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Anne", "GM0855", MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "aanvrager@example.com", "Aanvrager");
        var applicant = await Network.SignedInAsync(_factory, "aanvrager@example.com");
        var coordinator = await Network.SignedInAsync(_factory, "coordinator@tilburg.nl");

        // The database refuses to store mail, as a crash at that moment would: the change must not land without it.
        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER no_mail BEFORE INSERT ON OutboxMessages BEGIN SELECT RAISE(ABORT, 'crash while storing mail'); END"));
        await applicant.PostWithTokenAsync($"/municipalities/{tilburg}?handler=Join", new Dictionary<string, string> { ["Input.Motivation"] = "Nieuw in het team." });
        Assert.False(await _factory.WithDbAsync(db => db.MembershipRequests.AnyAsync()));

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER no_mail"));
        await applicant.PostWithTokenAsync($"/municipalities/{tilburg}?handler=Join", new Dictionary<string, string> { ["Input.Motivation"] = "Nieuw in het team." });
        var requestId = await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Id).SingleAsync());
        Assert.Single(await _smtp.WaitForAsync("coordinator@tilburg.nl", 1));

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync(
            "CREATE TRIGGER no_mail BEFORE INSERT ON OutboxMessages BEGIN SELECT RAISE(ABORT, 'crash while storing mail'); END"));
        await coordinator.PostWithTokenAsync($"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}&approve=true", new Dictionary<string, string>());
        Assert.Equal(MembershipRequestStatus.Pending, await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Status).SingleAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Memberships.AnyAsync(m => m.MunicipalityId == tilburg && m.Role == MembershipRole.Member)));

        await _factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("DROP TRIGGER no_mail"));
        var decided = await coordinator.PostWithTokenAsync($"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}&approve=true", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Single(await _smtp.WaitForAsync("aanvrager@example.com", 1));
        Assert.True(await _factory.WithDbAsync(db => db.Memberships.AnyAsync(m => m.MunicipalityId == tilburg && m.Role == MembershipRole.Member)));
    }

    [Fact]
    public async Task Racing_clicks_and_racing_deciders_get_one_outcome_and_no_error_page()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        await Network.PersonAsync(_factory, "coordinator@tilburg.nl", "Anne", "GM0855", MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "snel@example.com", "Snelle Klikker");
        var clicker = await Network.SignedInAsync(_factory, "snel@example.com");

        var joins = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ =>
            clicker.PostWithTokenAsync($"/municipalities/{tilburg}?handler=Join", new Dictionary<string, string> { ["Input.Motivation"] = "Dubbelklik." })));

        Assert.All(joins, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, r.StatusCode.ToString()));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.MembershipRequests.CountAsync()));

        var requestId = await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Id).SingleAsync());
        var first = await Network.SignedInAsync(_factory, "coordinator@tilburg.nl");
        var second = await Network.SignedInAsync(_factory, "coordinator@tilburg.nl");
        var decisions = await Task.WhenAll(
            first.PostWithTokenAsync($"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}&approve=true", new Dictionary<string, string>()),
            second.PostWithTokenAsync($"/municipalities/{tilburg}/members?handler=Decide&requestId={requestId}&approve=false", new Dictionary<string, string> { ["Input.Reason"] = "Onbekend." }));

        Assert.All(decisions, r => Assert.True(r.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.OK, r.StatusCode.ToString()));
        var status = await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Status).SingleAsync());
        var member = await _factory.WithDbAsync(db => db.Memberships.AnyAsync(m => m.MunicipalityId == tilburg && m.Role == MembershipRole.Member));
        Assert.Equal(status == MembershipRequestStatus.Approved, member);
        Assert.Single(await _smtp.WaitForAsync("snel@example.com", 1));
    }

    [Fact]
    public async Task An_address_on_the_municipalitys_domain_is_approved_at_once_when_it_chose_that()
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var venlo = await Network.MunicipalityIdAsync(_factory, "GM0983");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var saved = await admin.PostFormAsync($"/admin/municipalities/edit/{venlo}", new Dictionary<string, string>
        {
            ["Input.EmailDomains"] = "venlo.nl, @Venlo.NL",
            ["Input.AutoApproveEmailDomains"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["venlo.nl"], await _factory.WithDbAsync(db => db.Municipalities.Where(m => m.Id == venlo).Select(m => m.EmailDomains).SingleAsync()));

        await Network.PersonAsync(_factory, "medewerker@venlo.nl", "Mehmet");
        await Network.PersonAsync(_factory, "adviseur@bureau.nl", "Anouk");
        var staff = await Network.SignedInAsync(_factory, "medewerker@venlo.nl");
        var outsider = await Network.SignedInAsync(_factory, "adviseur@bureau.nl");
        await staff.PostFormAsync($"/municipalities/{venlo}", new Dictionary<string, string> { ["Input.Motivation"] = "Beleidsmedewerker." });
        await outsider.PostFormAsync($"/municipalities/{venlo}", new Dictionary<string, string> { ["Input.Motivation"] = "Adviseur." });

        Assert.Equal(1, await _factory.WithDbAsync(db => db.Memberships.CountAsync(m => m.MunicipalityId == venlo)));
        Assert.Equal("Je bent lid van Venlo in het Leernetwerk Koppelkansen", Assert.Single(await _smtp.WaitForAsync("medewerker@venlo.nl", 1)).Subject);
        Assert.Equal(MembershipRequestStatus.Pending, await _factory.WithDbAsync(db => db.MembershipRequests.Where(r => r.Motivation == "Adviseur.").Select(r => r.Status).SingleAsync()));

        // Venlo has no coordinator yet, so the network admins hear of the open request.
        Assert.Equal("Nieuwe aanvraag voor Venlo", Assert.Single(await _smtp.WaitForAsync("beheer@koppelkansen.nl", 1)).Subject);
    }

    [Fact]
    public async Task Coordinators_appoint_co_coordinators_and_remove_members_and_the_admin_appoints_the_first()
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        var first = await Network.PersonAsync(_factory, "eerste@breda.nl", "Eerste");
        var second = await Network.PersonAsync(_factory, "tweede@breda.nl", "Tweede", "GM0758");
        var third = await Network.PersonAsync(_factory, "derde@breda.nl", "Derde", "GM0758");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var page = $"/municipalities/{breda}/members";

        var appointed = await admin.PostFormAsync(page, new Dictionary<string, string> { ["Input.Email"] = "eerste@breda.nl" }, $"{page}?handler=Appoint");
        Assert.Equal(HttpStatusCode.Redirect, appointed.StatusCode);
        var coordinator = await Network.SignedInAsync(_factory, "eerste@breda.nl");
        await coordinator.PostFormAsync(page, new Dictionary<string, string>(), $"{page}?handler=Coordinator&userId={second}&coordinator=true");
        await coordinator.PostFormAsync(page, new Dictionary<string, string>(), $"{page}?handler=Remove&userId={third}");

        var roles = await _factory.WithDbAsync(db => db.Memberships.Where(m => m.MunicipalityId == breda).ToDictionaryAsync(m => m.UserId, m => m.Role));
        Assert.Equal(MembershipRole.Coordinator, roles[first]);
        Assert.Equal(MembershipRole.Coordinator, roles[second]);
        Assert.False(roles.ContainsKey(third));
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.MunicipalityId == breda).Select(a => a.Action).ToListAsync());
        Assert.Equal(2, actions.Count(a => a == Domain.Audit.AuditAction.CoordinatorAppointed));
        Assert.Contains(Domain.Audit.AuditAction.MemberRemoved, actions);

        var audit = await admin.GetAsync("/admin/audit?kind=MemberRemoved", expectSuccess: true);
        var row = Assert.Single(audit.QuerySelectorAll("[data-testid=audit] tbody tr"));
        Assert.Contains("Derde", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Eerste", row.TextContent, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _factory.Dispose();
        _smtp.Dispose();
    }
}
