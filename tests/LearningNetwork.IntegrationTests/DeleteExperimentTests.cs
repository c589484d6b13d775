using System.Net;
using LearningNetwork.Domain.Audit;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>Soft delete by members after confirming; network admins restore within 30 days; both audited.</summary>
public sealed class DeleteExperimentTests : IDisposable
{
    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task A_deleted_experiment_disappears_and_a_network_admin_restores_it_within_30_days()
    {
        var author = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid", "GM0855");
        await Network.PersonAsync(_factory, "lid@breda.nl", "Ander", "GM0758");
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var first = (await Make.Project(_factory.Services).By(author).Titled("Eerste project").Summary("Samenvatting.").Themes("renovation").CreateAsync()).Id;
        var second = (await Make.Project(_factory.Services).By(author).Titled("Tweede project").Summary("Samenvatting.").Themes("renovation").CreateAsync()).Id;

        var outsider = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await outsider.PostWithTokenAsync($"/experiments/{first}/delete", new Dictionary<string, string> { ["Version"] = "1" })).StatusCode);

        var confirm = await member.GetAsync($"/experiments/{first}/delete", expectSuccess: true);
        Assert.Contains("Eerste project", confirm.Text("main"), StringComparison.Ordinal);
        Assert.Null(await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == first).Select(e => e.DeletedAtUtc).SingleAsync()));
        var deleted = await member.PostFormAsync($"/experiments/{first}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(new Uri($"/experiments/{first}", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain("Eerste project", (await member.GetAsync("/experiments", expectSuccess: true)).Text("main"), StringComparison.Ordinal);
        await member.PostFormAsync($"/experiments/{second}/delete", new Dictionary<string, string>());

        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var list = await admin.GetAsync("/admin/deleted-experiments", expectSuccess: true);
        Assert.Equal(2, list.QuerySelectorAll("[data-testid=deleted] li").Length);
        await admin.PostFormAsync("/admin/deleted-experiments", new Dictionary<string, string>(), $"/admin/deleted-experiments?handler=Restore&id={first}");
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(new Uri($"/experiments/{first}", UriKind.Relative))).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromDays(31));
        admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        var late = await admin.PostWithTokenAsync($"/admin/deleted-experiments?handler=Restore&id={second}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.NotNull(await _factory.WithDbAsync(db => db.Experiments.Where(e => e.Id == second).Select(e => e.DeletedAtUtc).SingleAsync()));

        var actions = await _factory.WithDbAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        Assert.Equal(2, actions.Count(a => a == AuditAction.ExperimentDeleted));
        Assert.Equal(1, actions.Count(a => a == AuditAction.ExperimentRestored));
    }

    public void Dispose() => _factory.Dispose();
}
