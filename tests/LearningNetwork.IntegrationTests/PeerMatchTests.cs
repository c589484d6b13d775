using System.Net;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Membership;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using IElement = AngleSharp.Dom.IElement;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 21, matching: for a barrier that still blocks a municipality (in a project, or in an open learning question),
/// one to three other municipalities that overcame it, in the order the page explains (themes in common, a similar
/// scale, recency), once each; never one that opted out, never from a project the reader may not read, never the
/// municipality itself, and only for the signed in.
/// </summary>
public sealed class PeerMatchTests : IAsyncLifetime
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";
    private const string Haarlem = "GM0392";
    private const string Venlo = "GM0983";
    private const string Drimmelen = "GM1719";
    private const string Apeldoorn = "GM0200";

    private readonly PortalFactory _factory = new();
    private string _tilburgMember = string.Empty;

    public async Task InitializeAsync()
    {
        _tilburgMember = await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "co@venlo.nl", "Coördinator Venlo", Venlo, MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "lid@venlo.nl", "Lid Venlo", Venlo);
        await Network.PersonAsync(_factory, "co@breda.nl", "Coördinator Breda", Breda, MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "lid@haarlem.nl", "Lid Haarlem", Haarlem);
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task A_blocked_project_is_offered_the_best_three_municipalities_in_the_explained_order_and_an_opt_out_takes_one_away()
    {
        var blocked = await Project(Tilburg, "Riool en warmte in de Reeshof", 400, 3, BarrierState.StillBlocking, new DateTime(2026, 1, 1), "underground", "renovation")
            .Visible(Visibility.Public).CreateAsync();
        await Project(Tilburg, "Eigen project overwon het al", 400, 3, BarrierState.Overcome, new DateTime(2026, 11, 1), "underground", "renovation").CreateAsync();
        await Project(Breda, "Breda groot", 5_000, 3, BarrierState.Overcome, new DateTime(2026, 2, 1), "underground", "renovation").CreateAsync();
        await Project(Breda, "Breda klein maar één thema", 400, 3, BarrierState.Overcome, new DateTime(2026, 10, 1), "underground").CreateAsync();
        await Project(Haarlem, "Haarlem passend", 450, 3, BarrierState.Overcome, new DateTime(2025, 6, 1), "underground", "renovation").CreateAsync();
        await Project(Venlo, "Venlo passend en recent", 300, 3, BarrierState.Overcome, new DateTime(2026, 3, 1), "renovation", "underground").CreateAsync();
        await Project(Drimmelen, "Drimmelen één thema", 400, 3, BarrierState.Overcome, new DateTime(2026, 11, 1), "underground").CreateAsync();
        await Project(Apeldoorn, "Apeldoorn concept", 400, 3, BarrierState.Overcome, new DateTime(2026, 11, 1), "underground", "renovation").Visible(Visibility.Draft).CreateAsync();
        await Project(Haarlem, "Haarlem nog geblokkeerd", 400, 3, BarrierState.StillBlocking, new DateTime(2026, 11, 1), "underground", "renovation").CreateAsync();
        var page = $"/experiments/{blocked.Id}";
        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");

        var matches = (await member.GetAsync(page, expectSuccess: true)).QuerySelectorAll("[data-testid=matches-3] [data-testid=match]");
        Assert.Equal([await Id(Venlo), await Id(Haarlem), await Id(Breda)], matches.Select(Municipality).ToArray());
        Assert.Contains("Venlo passend en recent", matches[0].TextContent);
        Assert.Contains("hier als overwonnen vastgelegd in maart 2026", matches[0].TextContent);
        Assert.Equal("2 thema's gemeen: Ondergrond: aanleg warmtenet koppelen aan andere werkzaamheden, Renovatiewerkzaamheden gebouwde omgeving (asbest, betonrot, erfgoed, etc.)", Text(matches[0], "match-themes"));
        Assert.Equal("Vergelijkbare omvang: 300 woningen (hier 400)", Text(matches[0], "match-scale"));
        Assert.Equal("Vergelijkbare omvang: 450 woningen (hier 400)", Text(matches[1], "match-scale"));
        Assert.Contains("Breda groot", matches[2].TextContent);
        Assert.Equal("Andere omvang: 5.000 woningen (hier 400)", Text(matches[2], "match-scale"));

        var visitor = await _factory.CreatePortalClient().GetAsync(page, expectSuccess: true);
        Assert.Null(visitor.QuerySelector("[data-testid=werksessie-matches]"));

        // Only Venlo's coordinators (or a network admin) decide; the answer to anyone else is no, and an unknown
        // municipality does not exist.
        var venlo = await Id(Venlo);
        var optOut = new Dictionary<string, string> { ["proposed"] = "false" };
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Network.SignedInAsync(_factory, "lid@venlo.nl")).PostWithTokenAsync($"/municipalities/{venlo}?handler=Werksessies", optOut)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await (await Network.SignedInAsync(_factory, "co@breda.nl")).PostWithTokenAsync($"/municipalities/{venlo}?handler=Werksessies", optOut)).StatusCode);
        var coordinator = await Network.SignedInAsync(_factory, "co@venlo.nl");
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostWithTokenAsync("/municipalities/999999?handler=Werksessies", optOut)).StatusCode);
        Assert.True(await _factory.WithDbAsync(db => db.Municipalities.Where(m => m.Id == venlo).Select(m => m.ProposedForWerksessies).SingleAsync()));

        var response = await coordinator.PostWithTokenAsync($"/municipalities/{venlo}?handler=Werksessies", optOut);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Venlo wordt niet voorgesteld.", (await coordinator.GetAsync($"/municipalities/{venlo}", expectSuccess: true)).Text("[data-testid=werksessie-proposals]").Split('\n')[0].Trim());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AuditAction.MunicipalityUpdated && a.MunicipalityId == venlo)));

        matches = (await member.GetAsync(page, expectSuccess: true)).QuerySelectorAll("[data-testid=matches-3] [data-testid=match]");
        Assert.Equal([await Id(Haarlem), await Id(Breda), await Id(Drimmelen)], matches.Select(Municipality).ToArray());
        Assert.Equal("1 thema gemeen: Ondergrond: aanleg warmtenet koppelen aan andere werkzaamheden", Text(matches[2], "match-themes"));
    }

    [Fact]
    public async Task An_open_question_about_a_barrier_brings_matches_to_the_municipality_page_and_the_barrier_page_of_its_members_only()
    {
        var tilburg = await Id(Tilburg);
        await _factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.LearningQuestions.Add(new LearningQuestion(tilburg, null, "Hoe krijg je bewoners mee?", Visibility.Network, [6], ["climate-adaptation"], _tilburgMember, now));
            var answered = new LearningQuestion(tilburg, null, "Al beantwoord?", Visibility.Network, [2], [], _tilburgMember, now);
            db.LearningQuestions.Add(answered);
            await db.SaveChangesAsync();
            await db.LearningQuestions.Where(q => q.Id == answered.Id).ExecuteUpdateAsync(set => set.SetProperty(q => q.State, QuestionState.Answered));
            return 0;
        });
        await Project(Breda, "Breda klimaat", null, 6, BarrierState.Overcome, new DateTime(2026, 5, 1), "climate-adaptation").Barrier(2, BarrierState.Overcome).CreateAsync();
        await Project(Haarlem, "Haarlem ander thema", null, 6, BarrierState.Overcome, new DateTime(2026, 9, 1), "employment").CreateAsync();

        var member = await Network.SignedInAsync(_factory, "lid@tilburg.nl");
        var municipalityPage = await member.GetAsync($"/municipalities/{tilburg}", expectSuccess: true);
        Assert.Equal([await Id(Breda), await Id(Haarlem)], municipalityPage.QuerySelectorAll("[data-testid=matches-6] [data-testid=match]").Select(Municipality).ToArray());
        Assert.Null(municipalityPage.QuerySelector("[data-testid=matches-2]"));
        Assert.Equal("Geen thema's gemeen", Text(municipalityPage.QuerySelectorAll("[data-testid=matches-6] [data-testid=match]")[1], "match-themes"));

        var barrierPage = await member.GetAsync("/barriers/6", expectSuccess: true);
        Assert.Equal([await Id(Breda), await Id(Haarlem)], barrierPage.QuerySelectorAll("[data-testid=matches-6] [data-testid=match]").Select(Municipality).ToArray());

        // Haarlem has nothing blocked by barrier 6: its member sees no proposal there, and a visitor sees none anywhere.
        Assert.Null((await (await Network.SignedInAsync(_factory, "lid@haarlem.nl")).GetAsync("/barriers/6", expectSuccess: true)).QuerySelector("[data-testid=werksessie-matches]"));
        var visitor = _factory.CreatePortalClient();
        Assert.Null((await visitor.GetAsync("/barriers/6", expectSuccess: true)).QuerySelector("[data-testid=werksessie-matches]"));
        Assert.Null((await visitor.GetAsync($"/municipalities/{tilburg}", expectSuccess: true)).QuerySelector("[data-testid=werksessie-matches]"));
    }

    private static int Municipality(IElement match) => int.Parse(match.GetAttribute("data-municipality")!, System.Globalization.CultureInfo.InvariantCulture);

    private static string Text(IElement match, string testId) => match.QuerySelector($"[data-testid={testId}]")!.TextContent.Trim();

    private Task<int> Id(string cbs) => Network.MunicipalityIdAsync(_factory, cbs);

    /// <summary>A project logged at <paramref name="at"/>, so its barrier reached its state then.</summary>
    private ProjectBuilder Project(string cbs, string title, int? homes, int barrier, BarrierState state, DateTime at, params string[] themes)
    {
        var builder = Make.Project(_factory.Services).In(cbs).Titled(title).Themes(themes).CreatedAt(at).Barrier(barrier, state);
        return homes is { } h ? builder.Place("Wijk", h) : builder;
    }
}
