using System.Net;
using LearningNetwork.Domain.Audit;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// reliability.md item 5: a network admin ends a person's sessions, or blocks the account: a change those sessions try
/// is refused at once, and reading ends within Sessions:StampCheckSeconds (30 s).
/// </summary>
public sealed class AccountAdminTests : IAsyncLifetime
{
    private readonly ClockedPortalFactory _factory = new();
    private HttpClient _admin = null!;
    private string _member = null!;

    public async Task InitializeAsync()
    {
        _member = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Tilburgs lid", "GM0855");
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        _admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
    }

    [Fact]
    public async Task Ending_someones_sessions_signs_them_out_within_the_stamp_check_and_is_audited()
    {
        var phone = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var laptop = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal(HttpStatusCode.OK, (await phone.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);

        var page = await _admin.GetAsync("/admin/people?q=tilburg", expectSuccess: true);
        Assert.Single(page.QuerySelectorAll("[data-testid=person]"));
        await _admin.PostFormAsync("/admin/people?q=tilburg", new Dictionary<string, string>(), $"/admin/people?userId={_member}&q=tilburg&handler=EndSessions");

        await SignInSafetyTests.ExpectEndedWithinStampCheckAsync(_factory, phone, laptop);

        Assert.Equal(HttpStatusCode.OK, (await (await Network.SignedInAsync(_factory, "lid@tilburg.nl")).GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.SessionsEnded && a.SubjectUserId == _member)));
    }

    [Fact]
    public async Task A_blocked_account_can_change_nothing_is_signed_out_cannot_sign_in_and_can_be_unblocked()
    {
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var other = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        await _admin.PostFormAsync("/admin/people?q=tilburg", new Dictionary<string, string>(), $"/admin/people?userId={_member}&disabled=true&q=tilburg&handler=Disable");

        await SignInSafetyTests.ExpectEndedWithinStampCheckAsync(_factory, member, other);
        var refused = await _factory.CreatePortalClient().PostFormAsync("/account/login", new Dictionary<string, string> { ["Input.Email"] = "lid@tilburg.nl", ["Input.Password"] = Network.Password });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Geblokkeerd", (await _admin.GetAsync("/admin/people?q=tilburg", expectSuccess: true)).Text("[data-testid=person]"), StringComparison.Ordinal);

        var adminId = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "beheer@koppelkansen.nl").Select(u => u.Id).SingleAsync());
        var self = await _admin.PostWithTokenAsync($"/admin/people?userId={adminId}&disabled=true&handler=Disable", new Dictionary<string, string>());
        Assert.Contains("Je kunt je eigen account niet blokkeren.", (await Html.ReadAsync(self)).SummaryErrors());

        await _admin.PostFormAsync("/admin/people?q=tilburg", new Dictionary<string, string>(), $"/admin/people?userId={_member}&disabled=false&q=tilburg&handler=Disable");
        var back = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        Assert.Equal(HttpStatusCode.OK, (await back.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Where(a => a.SubjectUserId == _member).Select(a => a.Action).ToListAsync());
        Assert.Contains(AuditAction.AccountDisabled, actions);
        Assert.Contains(AuditAction.AccountEnabled, actions);

        Assert.Equal(HttpStatusCode.Forbidden, (await back.PostWithTokenAsync($"/admin/people?userId={_member}&handler=EndSessions", new Dictionary<string, string>())).StatusCode);
    }

    public Task DisposeAsync()
    {
        _factory.Dispose();
        return Task.CompletedTask;
    }
}
