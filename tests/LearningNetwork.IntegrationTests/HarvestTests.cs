using System.Globalization;
using System.Net;
using LearningNetwork.Application.Werksessies;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 21, the harvest and the follow-up: the organiser records what a werksessie yielded once it began, those who
/// took part add and correct for a week (consent to name a municipality only from someone of it, rewordings only of
/// one's own questions), then it is published, once, also with two nodes: eye-openers with consent become reflections,
/// rewordings new wordings with the old one in the history. A next step past its date reaches its owner once; the
/// digest tells both.
/// </summary>
public sealed class HarvestTests : IAsyncLifetime
{
    private const string Tilburg = "GM0855";
    private const string Breda = "GM0758";
    private const string Haarlem = "GM0392";
    private const string Venlo = "GM0983";

    private readonly ClockedPortalFactory _factory = (ClockedPortalFactory)new ClockedPortalFactory().WithSetting("Delivery:RunInBackground", "false");
    private string _organiser = string.Empty;
    private string _breda = string.Empty;
    private int _blocked;
    private int _bredaProject;
    private int _question;
    private int _werksessie;
    private string _url = string.Empty;
    private DateOnly _day;

    public async Task InitializeAsync()
    {
        _organiser = await Network.PersonAsync(_factory, "organisator@tilburg.nl", "Organisator Tilburg", Tilburg);
        _breda = await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", Breda);
        var haarlem = await Network.PersonAsync(_factory, "lid@haarlem.nl", "Lid Haarlem", Haarlem);
        await Network.PersonAsync(_factory, "lid@venlo.nl", "Lid Venlo", Venlo);
        _blocked = (await Make.Project(_factory.Services).In(Tilburg).Titled("Riool en warmte Reeshof").Themes("underground").Barrier(3).Visible(Visibility.Public).CreateAsync()).Id;
        _bredaProject = (await Make.Project(_factory.Services).In(Breda).Titled("Breda overwon het").Themes("underground").Barrier(3, BarrierState.Overcome).Visible(Visibility.Public).CreateAsync()).Id;
        var now = _factory.Clock.GetUtcNow().UtcDateTime;
        (_question, _werksessie) = await _factory.WithDbAsync(async db =>
        {
            var ids = await db.Municipalities.Where(m => m.CbsCode == Tilburg || m.CbsCode == Breda || m.CbsCode == Haarlem).ToDictionaryAsync(m => m.CbsCode, m => m.Id);
            var question = new LearningQuestion(ids[Tilburg], null, "Hoe plannen we riool en warmte samen?", Visibility.Public, [3], ["underground"], _organiser, now);
            db.LearningQuestions.Add(question);
            await db.SaveChangesAsync();
            var werksessie = new Werksessie(new WerksessieDetails("Samen tegen barrière 3", now.AddHours(2), now.AddHours(4), true, null, "Agenda", "<p>Agenda</p>"), 3, ids[Tilburg], _blocked, question.Id, _organiser, now);
            werksessie.Invite(_organiser, ids[Tilburg], InvitationResponse.Accepted, now);
            werksessie.Invite(_breda, ids[Breda], InvitationResponse.Accepted, now);
            werksessie.Invite(haarlem, ids[Haarlem], InvitationResponse.Declined, now);
            db.Werksessies.Add(werksessie);
            await db.SaveChangesAsync();
            return (question.Id, werksessie.Id);
        });
        _url = $"/werksessies/{_werksessie}/harvest";
        _day = DateOnly.FromDateTime(WerksessieTimes.ToLocal(now.AddHours(2)));
    }

    public async Task DisposeAsync() => await _factory.DisposeAsync();

    [Fact]
    public async Task The_harvest_is_recorded_corrected_for_a_week_and_published_once_into_reflections_a_new_wording_and_a_next_step_that_is_chased()
    {
        // Not before the werksessie began.
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        Assert.Equal("De oogst leg je vast zodra de werksessie begonnen is.", (await organiser.GetAsync($"{_url}/edit", expectSuccess: true)).Text("[data-testid=harvest-not-editable]"));
        Assert.Equal(HttpStatusCode.NotFound, (await organiser.GetAsync(new Uri(_url, UriKind.Relative))).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromHours(3));
        organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal("De organisator legt de oogst eerst vast; daarna kun je aanvullen en corrigeren.", (await breda.GetAsync($"{_url}/edit", expectSuccess: true)).Text("[data-testid=harvest-not-editable]"));
        Assert.NotNull((await organiser.GetAsync($"/werksessies/{_werksessie}", expectSuccess: true)).QuerySelector("[data-testid=harvest-record]"));

        // The organiser may not consent for Breda, nor give a step to someone who declined or date it before the werksessie.
        var form = await organiser.GetAsync($"{_url}/edit", expectSuccess: true);
        Assert.Equal(_question.ToString(CultureInfo.InvariantCulture), form.QuerySelector("#rewording-0-question option[selected]")!.GetAttribute("value"));
        var haarlem = await _factory.WithDbAsync(db => db.Users.Where(u => u.Email == "lid@haarlem.nl").Select(u => u.Id).SingleAsync());
        var fields = Harvest(consentBreda: true, owner: haarlem, due: Day(-1));
        var refused = await Html.ReadAsync(await organiser.SubmitAsync(form, $"{_url}/edit", fields));
        Assert.Contains("Alleen iemand van Breda kan instemmen met het noemen van Breda.", refused.FieldErrors());
        Assert.Contains("Kies als eigenaar iemand die deelnam.", refused.FieldErrors());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.WerksessieHarvests.CountAsync()));
        var empty = await Html.ReadAsync(await organiser.SubmitAsync(form, $"{_url}/edit", new Dictionary<string, string>()));
        Assert.Contains("Vul ten minste één blikopener, nieuwe formulering of afspraak in.", empty.SummaryErrors());
        var early = await Html.ReadAsync(await organiser.SubmitAsync(form, $"{_url}/edit", Harvest(consentBreda: false, owner: _breda, due: Day(-1))));
        Assert.Contains("De datum ligt op of na de dag van de werksessie en ten hoogste twee jaar later.", early.FieldErrors());

        var saved = await organiser.SubmitAsync(form, $"{_url}/edit", Harvest(consentBreda: false, owner: _breda, due: Day(2)));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(_url, saved.Headers.Location!.OriginalString);

        // Within the week: Breda consents to its eye-opener; it may not reword Tilburg's question; a stale form is refused.
        var bredaForm = await breda.GetAsync($"{_url}/edit", expectSuccess: true);
        Assert.Equal("Tilburg stemde in (Organisator Tilburg).", bredaForm.QuerySelectorAll("[data-testid=consent-state]").Single().TextContent.Trim());
        Assert.Single(bredaForm.QuerySelectorAll("[data-testid=harvest-other-rewording]"));
        var notYours = await Html.ReadAsync(await breda.SubmitAsync(bredaForm, $"{_url}/edit", new Dictionary<string, string>
        {
            ["Input.Rewordings[0].QuestionId"] = $"{_question}",
            ["Input.Rewordings[0].Text"] = "Een andere vraag van Breda?",
            ["Input.EyeOpeners[0].Lessons"] = Html.Many("2", "5"),
        }));
        Assert.Contains("Je herformuleert alleen leervragen van je eigen gemeente; die van anderen blijven zoals ze zijn.", notYours.SummaryErrors());
        Assert.Equal(HttpStatusCode.Redirect, (await breda.SubmitAsync(bredaForm, $"{_url}/edit", new Dictionary<string, string> { ["Input.EyeOpeners[1].Consent"] = "true", ["Input.EyeOpeners[0].Lessons"] = Html.Many("2", "5") })).StatusCode);
        var stale = await Html.ReadAsync(await organiser.SubmitAsync(form, $"{_url}/edit", Harvest(consentBreda: false, owner: _breda, due: Day(2))));
        Assert.Contains("Iemand anders heeft de oogst intussen aangepast. Bekijk de nieuwe versie en vul daarna opnieuw aan.", stale.SummaryErrors());

        // Before it is published: those who took part and their municipalities read it, no one else.
        var page = await breda.GetAsync(_url, expectSuccess: true);
        Assert.Equal(["true", "true"], page.QuerySelectorAll("[data-testid=harvest-eye-opener]").Select(e => e.GetAttribute("data-consented")!));
        Assert.Equal(HttpStatusCode.NotFound, (await (await Network.SignedInAsync(_factory, "lid@venlo.nl")).GetAsync(new Uri(_url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreatePortalClient().GetAsync(new Uri(_url, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await Network.SignedInAsync(_factory, "lid@venlo.nl")).GetAsync(new Uri($"{_url}/edit", UriKind.Relative))).StatusCode);

        // Three days on, the step is overdue: its owner is told once, even by two nodes at once; the harvest waits for its week.
        _factory.Clock.Advance(TimeSpan.FromDays(3));
        var round = await Task.WhenAll(FollowUpAsync(), FollowUpAsync());
        Assert.Equal((0, 1), (round.Sum(r => r.Published), round.Sum(r => r.Overdue)));
        var told = await _factory.WithDbAsync(db => db.Notifications.Where(n => n.Kind == NotificationKind.NextStepOverdue).Select(n => n.UserId).ToListAsync());
        Assert.Equal([_breda], told);
        breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Contains(
            $"De afspraak ‘Breda deelt het contract met Tilburg’ uit een werksessie stond voor {DateOnly.ParseExact(Day(2), "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("nl-NL"))} en is nog niet afgerond.",
            (await breda.GetAsync("/notifications", expectSuccess: true)).Body!.TextContent);

        // After the week: published once, by whichever node comes first.
        _factory.Clock.Advance(TimeSpan.FromDays(5));
        round = await Task.WhenAll(FollowUpAsync(), FollowUpAsync());
        Assert.Equal(1, round.Sum(r => r.Published));
        var reflections = await _factory.WithDbAsync(db => db.Reflections.Include(r => r.Barriers).Include(r => r.Lessons).Where(r => r.Kind == ReflectionKind.EyeOpener).OrderBy(r => r.ExperimentId).ToListAsync());
        Assert.Equal([(_blocked, _organiser), (_bredaProject, _breda)], reflections.Select(r => (r.ExperimentId, r.AuthorUserId)));
        Assert.All(reflections, r => Assert.Equal([3], r.Barriers.Select(b => b.BarrierNumber)));
        Assert.Equal([2, 5], reflections[0].Lessons.Select(l => l.LessonNumber).Order());
        var question = await _factory.WithDbAsync(db => db.LearningQuestions.Include(q => q.History).SingleAsync(q => q.Id == _question));
        Assert.Equal("Wie neemt de regie over riool en warmte samen?", question.Text);
        Assert.Equal(QuestionState.Reformulated, question.State);
        Assert.Contains(question.History, e => e.Text == "Hoe plannen we riool en warmte samen?");

        // Public: a visitor reads it, without the names of people; the reflections are on the projects' pages.
        var visitor = await _factory.CreatePortalClient().GetAsync(_url, expectSuccess: true);
        Assert.Contains("Wie neemt de regie over riool en warmte samen?", visitor.Text("[data-testid=harvest-rewording]"));
        Assert.DoesNotContain("Lid Breda", visitor.Body!.TextContent);
        Assert.Contains("Breda deelt het contract met Tilburg", visitor.Text("[data-testid=harvest-next-step]"));
        Assert.Contains("Contractvorm bleek de sleutel", (await _factory.CreatePortalClient().GetAsync($"/experiments/{_bredaProject}", expectSuccess: true)).Body!.TextContent);
        Assert.Contains("Wie neemt de regie over riool en warmte samen?", (await _factory.CreatePortalClient().GetAsync($"/learning-agenda/{_question}", expectSuccess: true)).Body!.TextContent);
        Assert.Equal([$"{_werksessie}"], (await _factory.CreatePortalClient().GetAsync("/barriers/3", expectSuccess: true)).QuerySelectorAll("[data-testid=harvest]").Select(h => h.GetAttribute("data-werksessie")));
        var fromWerksessie = await _factory.CreatePortalClient().GetAsync($"/reflections/{reflections[1].Id}", expectSuccess: true);
        Assert.Equal(_url, fromWerksessie.QuerySelector("[data-testid=from-werksessie] a")!.GetAttribute("href"));

        // Closed now; the owner marks the step done.
        organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        Assert.Equal("De week om aan te vullen en te corrigeren is voorbij: de oogst is gepubliceerd.", (await organiser.GetAsync($"{_url}/edit", expectSuccess: true)).Text("[data-testid=harvest-not-editable]"));
        var step = await _factory.WithDbAsync(db => db.HarvestNextSteps.Select(s => s.Id).SingleAsync());
        var venlo = await Network.SignedInAsync(_factory, "lid@venlo.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await venlo.PostWithTokenAsync($"{_url}?handler=Step", new Dictionary<string, string> { ["step"] = $"{step}", ["done"] = "true" })).StatusCode);
        breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Redirect, (await breda.PostWithTokenAsync($"{_url}?handler=Step", new Dictionary<string, string> { ["step"] = $"{step}", ["done"] = "true" })).StatusCode);
        Assert.Equal("true", (await breda.GetAsync(_url, expectSuccess: true)).QuerySelector("[data-testid=harvest-next-step]")!.GetAttribute("data-done"));

        // The digest of that week tells the harvest, and Breda's overdue step under what concerns them.
        var digest = await breda.GetStringAsync(new Uri("/account/digest/preview?format=text", UriKind.Relative));
        Assert.Contains("OOGST VAN WERKSESSIES", digest, StringComparison.Ordinal);
        Assert.Contains("Blikopener: Contractvorm bleek de sleutel (Breda)", digest, StringComparison.Ordinal);
        Assert.Contains("Leervraag, nu zo geformuleerd: Wie neemt de regie over riool en warmte samen?", digest, StringComparison.Ordinal);
        Assert.Contains("De afspraak ‘Breda deelt het contract met Tilburg’ uit een werksessie", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_network_harvest_is_for_the_signed_in_and_an_eye_opener_without_consent_names_no_one()
    {
        _factory.Clock.Advance(TimeSpan.FromHours(3));
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var form = await organiser.GetAsync($"{_url}/edit", expectSuccess: true);
        var fields = Harvest(consentBreda: false, owner: _breda, due: Day(20));
        fields["Input.Audience"] = "Network";
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.SubmitAsync(form, $"{_url}/edit", fields)).StatusCode);
        _factory.Clock.Advance(TimeSpan.FromDays(8));
        await FollowUpAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreatePortalClient().GetAsync(new Uri(_url, UriKind.Relative))).StatusCode);
        var venlo = await Network.SignedInAsync(_factory, "lid@venlo.nl");
        var page = await venlo.GetAsync(_url, expectSuccess: true);
        var unnamed = page.QuerySelectorAll("[data-testid=harvest-eye-opener]").Single(e => e.GetAttribute("data-consented") == "false");
        Assert.Equal("Van een deelnemende gemeente.", unnamed.QuerySelector("[data-testid=eye-opener-from]")!.TextContent.Trim());
        Assert.DoesNotContain("Breda", unnamed.TextContent, StringComparison.Ordinal);
        Assert.Equal([_blocked], await _factory.WithDbAsync(db => db.Reflections.Where(r => r.Kind == ReflectionKind.EyeOpener).Select(r => r.ExperimentId).ToListAsync()));

        // Visitors find no trace of it; the signed in find it on the barrier's page and on /werksessies.
        var reflection = await _factory.WithDbAsync(db => db.Reflections.Where(r => r.Kind == ReflectionKind.EyeOpener).Select(r => r.Id).SingleAsync());
        Assert.Empty((await _factory.CreatePortalClient().GetAsync("/barriers/3", expectSuccess: true)).QuerySelectorAll("[data-testid=harvest]"));
        Assert.Null((await _factory.CreatePortalClient().GetAsync($"/reflections/{reflection}", expectSuccess: true)).QuerySelector("[data-testid=from-werksessie]"));
        Assert.Single((await venlo.GetAsync("/barriers/3", expectSuccess: true)).QuerySelectorAll("[data-testid=harvest]"));
        Assert.Single((await venlo.GetAsync("/werksessies", expectSuccess: true)).QuerySelectorAll("[data-testid=harvest]"));
        Assert.NotNull((await venlo.GetAsync($"/reflections/{reflection}", expectSuccess: true)).QuerySelector("[data-testid=from-werksessie]"));
    }

    [Fact]
    public async Task Someone_who_left_the_municipality_they_were_invited_for_no_longer_consents_for_it()
    {
        _factory.Clock.Advance(TimeSpan.FromHours(3));
        var organiser = await Network.SignedInAsync(_factory, "organisator@tilburg.nl");
        var form = await organiser.GetAsync($"{_url}/edit", expectSuccess: true);
        Assert.Equal(HttpStatusCode.Redirect, (await organiser.SubmitAsync(form, $"{_url}/edit", Harvest(consentBreda: false, owner: _breda, due: Day(20)))).StatusCode);
        await _factory.WithDbAsync(db => db.Memberships.Where(m => m.UserId == _breda).ExecuteDeleteAsync());

        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var theirs = await breda.GetAsync($"{_url}/edit", expectSuccess: true);
        Assert.Null(theirs.QuerySelector("#eye-opener-1-consent"));
        var refused = await Html.ReadAsync(await breda.SubmitAsync(theirs, $"{_url}/edit", new Dictionary<string, string> { ["Input.EyeOpeners[1].Consent"] = "true", ["Input.EyeOpeners[0].Lessons"] = Html.Many("2", "5") }));
        Assert.Contains("Alleen iemand van Breda kan instemmen met het noemen van Breda.", refused.SummaryErrors());
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Set<HarvestEyeOpener>().CountAsync(e => e.ConsentByUserId != null)));
    }

    private Dictionary<string, string> Harvest(bool consentBreda, string owner, string due)
    {
        var fields = new Dictionary<string, string>
        {
            ["Input.Audience"] = "Public",
            ["Input.EyeOpeners[0].ExperimentId"] = $"{_blocked}",
            ["Input.EyeOpeners[0].Title"] = "Wij zochten te laat de netbeheerder op",
            ["Input.EyeOpeners[0].Body"] = "Pas in de werksessie zagen we hoe vroeg **Breda** aan tafel zat.",
            ["Input.EyeOpeners[0].Lessons"] = Html.Many("2", "5"),
            ["Input.EyeOpeners[0].Consent"] = "true",
            ["Input.EyeOpeners[1].ExperimentId"] = $"{_bredaProject}",
            ["Input.EyeOpeners[1].Title"] = "Contractvorm bleek de sleutel",
            ["Input.EyeOpeners[1].Body"] = "Een bouwteam met de aannemer van het riool maakte het verschil.",
            ["Input.Rewordings[0].QuestionId"] = $"{_question}",
            ["Input.Rewordings[0].Text"] = "Wie neemt de regie over riool en warmte samen?",
            ["Input.NextSteps[0].Description"] = "Breda deelt het contract met Tilburg",
            ["Input.NextSteps[0].OwnerUserId"] = owner,
            ["Input.NextSteps[0].DueDate"] = due,
        };
        if (consentBreda)
        {
            fields["Input.EyeOpeners[1].Consent"] = "true";
        }

        return fields;
    }

    private async Task<(int Published, int Overdue)> FollowUpAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<HarvestFollowUp>().RunDueAsync(CancellationToken.None);
    }

    /// <summary>A day relative to the werksessie's, as the date field gives it.</summary>
    private string Day(int fromWerksessie) => _day.AddDays(fromWerksessie).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
