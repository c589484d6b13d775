using System.Net;
using System.Reflection;
using System.Text;
using AngleSharp.Dom;
using Visibility = LearningNetwork.Domain.Common.Visibility;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Walks every form the portal serves, as each kind of person, and posts hostile values in every field, one field at
/// a time: never a 500, a refusal always says why in the page language, and a refused post stores nothing.
/// No GET on the way changes anything. A second check proves the walk reached every page handler that accepts a post.
/// </summary>
public sealed class HostileInputTests : IDisposable
{
    private static readonly string OneMegabyte = new('x', 1_000_000);

    /// <summary>Per field, in this order; the last value of a field is posted twice with another value after it.</summary>
    private static readonly string[] Hostile =
    [
        "",
        "   \t ",
        OneMegabyte,
        "a\u0000b\u0001c\u001b[31m\u007f",
        "Regel\r\nBcc: slachtoffer@example.com\r\n\r\n{\"@l\":\"Error\",\"@m\":\"vervalst\"}",
        "\u202Eexe.gpj\u202C \u200F\u200E",
        "👩‍🌾🚲🏘️ \uD83D",
        "'; DROP TABLE Experiments; --",
        "<script>alert(1)</script><img src=x onerror=alert(1)>",
        "abc",
        "-1",
        "99999999999999999999",
        "2147483647",
        "1e309",
        "2026-02-30",
    ];

    /// <summary>Post handlers reached another way, each with the test that covers it.</summary>
    private static readonly Dictionary<string, string> NotWalked = new()
    {
        ["/digest/unsubscribe"] = "needs a signed token from a mail: DigestTests posts forged, expired and valid tokens",
        ["/notifications/unsubscribe"] = "needs a signed token from a mail: NotificationMailTests posts forged, digest and valid tokens",
        ["/account/login/two-factor"] = "needs a half-finished sign-in: SignInSafetyTests posts wrong, reused and valid codes",
        ["/account/reset-password"] = "needs a reset link from a mail: BadInputTests and AccountTests post forged tokens and bad passwords",
        ["/account/email/confirm"] = "needs a link from a mail: MyAccountTests posts a forged one",
        ["/account/confirm-email"] = "needs a link from a mail: AccountTests posts a forged one",
        ["/error"] = "the error page itself, reached only when a request fails",
        ["/error/{code:int}"] = "the status page itself, reached only when a request is refused",
        ["/account/two-factor?handler=Disable"] = "needs two-factor sign-in switched on with a valid code: SignInSafetyTests switches it on and off",
    };

    private static readonly string[] UnstoredTables = ["Visits", "DataProtectionKeys", "__EFMigrationsHistory"];

    private readonly ClockedPortalFactory _factory = (ClockedPortalFactory)new ClockedPortalFactory().WithSetting("Delivery:RunInBackground", "false");
    private readonly List<string> _failures = [];
    private readonly HashSet<string> _walked = new(StringComparer.OrdinalIgnoreCase);

    [Fact]
    public async Task Every_form_survives_hostile_values_in_every_field()
    {
        var ids = await PrepareAsync();
        var anonymous = _factory.CreatePortalClient("nl");
        var member = await Network.SignedInAsync(_factory, "co@tilburg.nl", "nl");
        var newcomer = await Network.SignedInAsync(_factory, "nieuw@example.com", "nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl", "nl");

        await WalkAsync("visitor", anonymous, ["/account/register", "/account/login", "/account/forgot-password", "/", "/experiments"]);
        await WalkAsync("newcomer", newcomer, [$"/municipalities/{ids.Breda}", "/account"]);
        await WalkAsync("coordinator", member,
        [
            "/", "/account", "/account/digest", "/account/password", "/account/email", "/account/two-factor",
            "/experiments/new", $"/experiments/{ids.Experiment}", $"/experiments/{ids.Experiment}/edit",
            $"/experiments/{ids.Experiment}/reflection", $"/experiments/{ids.Experiment}/record", $"/experiments/{ids.Experiment}/documents", "/anchoring",
            $"/reflections/{ids.Reflection}?editComment={ids.Comment}", $"/reflections/{ids.Reflection}", $"/learning-agenda/new", $"/learning-agenda/{ids.OpenQuestion}", $"/learning-agenda/{ids.Question}/edit", $"/learning-agenda/{ids.Question}", "/learning-agenda/schetsboek/urgentie-eigenaren", "/notifications", "/notifications/settings",
            $"/municipalities/{ids.Tilburg}", $"/municipalities/{ids.Tilburg}/members", $"/lessons/1", "/barriers/6", "/themes/underground",
            $"/experiments/{ids.Experiment}/reflection/{ids.Reflection}", $"/experiments/{ids.Experiment}/delete",
            $"/werksessies/new?barrier=3&experiment={ids.Experiment}", $"/werksessies/{ids.Organised}/edit", $"/werksessies/{ids.Invited}", $"/werksessies/{ids.Organised}",
            $"/werksessies/{ids.Held}/harvest/edit", $"/werksessies/{ids.Held}/harvest", "/account/delete",
        ]);
        await WalkAsync("admin", admin,
        [
            "/admin/municipalities/edit", $"/admin/municipalities/edit/{ids.Tilburg}", "/admin/digests", "/admin/reports", "/admin/people",
            "/admin/deleted-experiments", "/admin/requests", $"/reflections/{ids.Other}", $"/municipalities/{ids.Tilburg}/members",
        ]);

        Assert.True(_failures.Count == 0, $"{_failures.Count} hostile posts went wrong:\n" + string.Join('\n', _failures.Take(60)));
        var missing = PostHandlers().Where(h => !_walked.Contains(h) && !NotWalked.ContainsKey(h) && !NotWalked.ContainsKey(h.Split('?')[0])).ToList();
        Assert.True(missing.Count == 0, "Post handlers the walk never reached: " + string.Join(", ", missing));
    }

    [Fact]
    public async Task Every_api_endpoint_answers_hostile_route_and_query_values_with_a_problem_or_data()
    {
        await PrepareAsync();
        var client = _factory.CreatePortalClient("nl");
        var endpoints = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => (e.RoutePattern.RawText ?? string.Empty).TrimStart('/').StartsWith("api/", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(endpoints);
        foreach (var endpoint in endpoints)
        {
            var template = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            var parameters = endpoint.RoutePattern.Parameters.Select(p => p.Name).ToList();
            var query = new[] { "lesson", "barrier", "theme", "experiment", "municipality", "province", "q", "page", "status", "state" };
            foreach (var value in Hostile.Where(v => v.Length < 1000).Append(OneMegabyte[..5000]))
            {
                var escaped = Uri.EscapeDataString(value.Replace("\uD83D", string.Empty, StringComparison.Ordinal));
                // The test server refuses a NUL in the path before the portal sees it (Kestrel answers 400): NUL goes in the query only.
                var inPath = Uri.EscapeDataString(value.Replace("\uD83D", string.Empty, StringComparison.Ordinal).Replace("\0", string.Empty, StringComparison.Ordinal));
                var path = parameters.Aggregate(template, (t, p) => System.Text.RegularExpressions.Regex.Replace(t, "\\{" + p + "[^}]*\\}", inPath.Length == 0 ? "x" : inPath));
                var url = path + "?" + string.Join('&', query.Select(q => $"{q}={escaped}"));
                var response = await client.GetAsync(new Uri(url, UriKind.Relative));
                var status = (int)response.StatusCode;
                var type = response.Content.Headers.ContentType?.MediaType;
                if (status >= 500)
                {
                    _failures.Add($"GET {url[..Math.Min(url.Length, 120)]}: answered {status}");
                }
                else if (status >= 400 && type != "application/problem+json")
                {
                    _failures.Add($"GET {url[..Math.Min(url.Length, 120)]}: answered {status} as {type}, not a problem");
                }
            }
        }

        Assert.True(_failures.Count == 0, $"{_failures.Count} hostile requests went wrong:\n" + string.Join('\n', _failures.Take(60)));
    }

    public void Dispose() => _factory.Dispose();

    /// <summary>Two rounds over the pages: some forms appear only after another form was posted (two-factor setup, a request to withdraw, an answer to unlink).</summary>
    private async Task WalkAsync(string who, HttpClient client, string[] pages)
    {
        foreach (var (page, round) in pages.Select(p => (p, 1)).Concat(pages.Select(p => (p, 2))))
        {
            var before = await CountsAsync();
            var response = await client.GetAsync(new Uri(page, UriKind.Relative));
            var changed = (await CountsAsync()).Where(a => before[a.Key] != a.Value).Select(a => a.Key).ToList();
            if (changed.Count > 0)
            {
                _failures.Add($"{who}: GET {page} changed {string.Join(", ", changed)}: a GET must change nothing");
            }

            if (!response.IsSuccessStatusCode)
            {
                // In the second round a page may be gone: the walk deleted what it showed.
                if (round == 1)
                {
                    _failures.Add($"{who}: GET {page} answered {(int)response.StatusCode}");
                }

                continue;
            }

            var document = await Html.ReadAsync(response);
            if (document.QuerySelector("img[onerror], script:not([src])") is not null)
            {
                _failures.Add($"{who}: GET {page} shows live markup that an earlier post stored");
            }

            foreach (var form in document.QuerySelectorAll("form[method=post]"))
            {
                foreach (var action in Actions(form, page))
                {
                    var handler = Handler(action);
                    if (handler is null || !_walked.Add(who + " " + handler))
                    {
                        continue;
                    }

                    _walked.Add(handler);
                    await FuzzAsync(who, client, page, action, form);
                }
            }
        }
    }

    private async Task FuzzAsync(string who, HttpClient client, string page, string action, IElement form)
    {
        var defaults = Defaults(form);
        var fields = form.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Select(e => e.GetAttribute("name")!)
            .Where(n => n != "__RequestVerificationToken")
            .Distinct()
            .ToList();
        if (fields.Count == 0 && !action.StartsWith("/account/logout", StringComparison.OrdinalIgnoreCase))
        {
            // Nothing to fuzz: the form as a browser sends it (two-factor setup, say), which may open further forms.
            await PostAsync(who, client, page, action, defaults);
        }

        foreach (var field in fields)
        {
            foreach (var value in Hostile)
            {
                await PostAsync(who, client, page, action, defaults.Where(d => d.Key != field).Append(new(field, value)));
            }

            await PostAsync(who, client, page, action, defaults.Where(d => d.Key != field).Append(new(field, "1")).Append(new(field, Hostile[^1])));
        }

        // The same post to an id that does not exist.
        var segments = action.Split('?')[0].Split('/');
        var last = Array.FindLastIndex(segments, s => s.Length > 0 && s.All(char.IsAsciiDigit));
        if (last > 0)
        {
            segments[last] = "2147483647";
            var unknown = string.Join('/', segments) + (action.Contains('?') ? "?" + action.Split('?', 2)[1] : string.Empty);
            var response = await client.PostAsync(new Uri(unknown, UriKind.Relative), new FormUrlEncodedContent(defaults));
            if (response.StatusCode is not (HttpStatusCode.NotFound or HttpStatusCode.Forbidden or HttpStatusCode.BadRequest))
            {
                _failures.Add($"{who}: POST {unknown} (unknown id) answered {(int)response.StatusCode}");
            }
        }
    }

    private async Task PostAsync(string who, HttpClient client, string page, string action, IEnumerable<KeyValuePair<string, string>> values)
    {
        var pairs = values.ToList();
        var changed = pairs.LastOrDefault();
        var shown = changed.Value is null ? string.Empty : changed.Value.Length > 40 ? changed.Value[..10] + $"…({changed.Value.Length})" : changed.Value;
        var what = $"{who}: POST {action} {changed.Key}={Escape(shown)}";
        var before = await CountsAsync();
        HttpResponseMessage response;
        try
        {
            response = await client.PostAsync(new Uri(action, UriKind.Relative), new FormUrlEncodedContent(pairs));
        }
        catch (Exception exception) when (exception is InvalidOperationException or HttpRequestException)
        {
            _failures.Add($"{what}: {exception.GetType().Name} {exception.Message}");
            return;
        }

        if (action.StartsWith("/language", StringComparison.OrdinalIgnoreCase))
        {
            // The language form's own value switches to English: back to Dutch for the next post.
            var token = pairs.First(p => p.Key == "__RequestVerificationToken");
            await client.PostAsync(new Uri("/language", UriKind.Relative), new FormUrlEncodedContent([token, new("culture", "nl")]));
        }

        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            _failures.Add($"{what}: answered {status}");
            return;
        }

        if (status is 301 or 302 or 303)
        {
            return;
        }

        var after = await CountsAsync();
        var stored = after.Where(a => !before.TryGetValue(a.Key, out var n) || n != a.Value).Select(a => a.Key).ToList();
        if (stored.Count > 0)
        {
            _failures.Add($"{what}: refused ({status}) yet stored rows in {string.Join(", ", stored)}");
        }

        var document = await Html.ReadAsync(response);
        if (status == 200 && !action.Contains("handler=Preview", StringComparison.OrdinalIgnoreCase))
        {
            var errors = document.FieldErrors().Concat(document.SummaryErrors()).ToList();
            if (errors.Count == 0 && document.QuerySelector("main [role=alert], main .utrecht-alert") is null)
            {
                _failures.Add($"{what}: refused without a message on {page}");
            }
        }
        else if (status != 200)
        {
            var heading = document.QuerySelector("main h1")?.TextContent.Trim() ?? string.Empty;
            if (heading.Length == 0 || !heading.Contains(StatusTitle(status), StringComparison.Ordinal))
            {
                _failures.Add($"{what}: answered {status} with the heading '{heading}'");
            }
        }

        if (document.QuerySelector("img[onerror], script:not([src])") is not null)
        {
            _failures.Add($"{what}: the page echoes live markup");
        }

        if (document.DocumentElement.GetAttribute("lang") != "nl")
        {
            _failures.Add($"{what}: the answer is not in Dutch");
        }
    }

    /// <summary>The heading of the status page for a refusal; other refusals (409, 429) show a page with a heading of its own.</summary>
    private static string StatusTitle(int status) => status switch
    {
        400 => "Verzoek niet begrepen",
        403 => "Geen toegang",
        404 => "Pagina niet gevonden",
        _ => string.Empty,
    };

    /// <summary>What a browser would submit: each named field with its current value, checkboxes and radios only when checked.</summary>
    private static List<KeyValuePair<string, string>> Defaults(IElement form)
    {
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input[name]"))
        {
            var type = input.GetAttribute("type");
            if (type is not ("submit" or "button") && (type is not ("checkbox" or "radio") || input.HasAttribute("checked")))
            {
                values.Add(new(input.GetAttribute("name")!, input.GetAttribute("value") ?? string.Empty));
            }
        }

        foreach (var select in form.QuerySelectorAll("select[name]"))
        {
            var option = select.QuerySelector("option[selected]") ?? select.QuerySelector("option");
            values.Add(new(select.GetAttribute("name")!, option?.GetAttribute("value") ?? string.Empty));
        }

        foreach (var textarea in form.QuerySelectorAll("textarea[name]"))
        {
            values.Add(new(textarea.GetAttribute("name")!, textarea.TextContent));
        }

        return values;
    }

    /// <summary>The form's action, and each button's own formaction.</summary>
    private static IEnumerable<string> Actions(IElement form, string page)
    {
        var action = form.GetAttribute("action");
        yield return string.IsNullOrEmpty(action) ? page : action;
        foreach (var button in form.QuerySelectorAll("button[formaction], input[formaction]"))
        {
            yield return button.GetAttribute("formaction")!;
        }
    }

    /// <summary>The page route template and handler an action posts to, as <see cref="PostHandlers"/> names them.</summary>
    private string? Handler(string action)
    {
        // A fragment (where the page scrolls to after posting) is not sent.
        var parts = action.Split('#', 2)[0].Split('?', 2);
        var handler = parts.Length > 1
            ? parts[1].Split('&').Select(p => p.Split('=', 2)).FirstOrDefault(p => p[0].Equals("handler", StringComparison.OrdinalIgnoreCase))?.ElementAtOrDefault(1)
            : null;
        var template = Templates().FirstOrDefault(t => Matches(t, parts[0]));
        return template is null ? null : Name(template, handler);
    }

    /// <summary>Whether a path fits a route template, its constraints included (<c>{id:int}</c> takes digits only).</summary>
    private static bool Matches(string template, string path)
    {
        var pattern = new StringBuilder("^");
        foreach (var segment in template.Trim('/').Split('/'))
        {
            var optional = segment.EndsWith("?}", StringComparison.Ordinal);
            var part = !segment.StartsWith('{') ? "/" + System.Text.RegularExpressions.Regex.Escape(segment)
                : segment.Contains(":int", StringComparison.Ordinal) ? "/\\d+"
                : "/[^/]+";
            pattern.Append(optional ? $"({part})?" : part);
        }

        return System.Text.RegularExpressions.Regex.IsMatch(path.TrimEnd('/'), pattern.Append('$').ToString(), System.Text.RegularExpressions.RegexOptions.IgnoreCase);
    }

    private static string Name(string template, string? handler) =>
        "/" + template.TrimStart('/') + (string.IsNullOrEmpty(handler) ? string.Empty : "?handler=" + handler);

    private IEnumerable<string> Templates() =>
        _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>() is not null)
            .Select(e => e.RoutePattern.RawText ?? string.Empty);

    /// <summary>Every page handler that accepts a post: the page's route template and the handler's name.</summary>
    private IEnumerable<string> PostHandlers()
    {
        var pages = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (Endpoint: e, Page: e.Metadata.GetMetadata<Microsoft.AspNetCore.Mvc.RazorPages.PageActionDescriptor>()))
            .Where(p => p.Page is not null)
            .ToList();
        var models = typeof(Program).Assembly.GetTypes().Where(t => typeof(PageModel).IsAssignableFrom(t) && !t.IsAbstract);
        foreach (var model in models)
        {
            var path = "/" + model.FullName!["LearningNetwork.Web.Pages.".Length..].Replace('.', '/');
            path = path[..^"Model".Length];
            var templates = pages.Where(p => string.Equals(p.Page!.ViewEnginePath, path, StringComparison.OrdinalIgnoreCase)).Select(p => p.Endpoint.RoutePattern.RawText!).Distinct();
            var handlers = model.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(m => m.Name.StartsWith("OnPost", StringComparison.Ordinal))
                .Select(m => m.Name["OnPost".Length..].Replace("Async", string.Empty, StringComparison.Ordinal));
            foreach (var template in templates)
            {
                foreach (var handler in handlers)
                {
                    yield return Name(template, handler);
                }
            }
        }
    }

    private async Task<Dictionary<string, long>> CountsAsync() =>
        await _factory.WithDbAsync(async db =>
        {
            var connection = db.Database.GetDbConnection();
            await db.Database.OpenConnectionAsync();
            await using var names = connection.CreateCommand();
            names.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'ExperimentSearch_%' AND name NOT LIKE 'hangfire%'";
            var tables = new List<string>();
            await using (var reader = await names.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            await using var counts = connection.CreateCommand();
            counts.CommandText = string.Join(" UNION ALL ", tables.Except(UnstoredTables).Select(t => $"SELECT '{t}', COUNT(*) FROM \"{t}\""));
            var result = new Dictionary<string, long>();
            await using (var reader = await counts.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    result[reader.GetString(0)] = reader.GetInt64(1);
                }
            }

            return result;
        });

    private static string Escape(string value)
    {
        var text = new StringBuilder();
        foreach (var c in value)
        {
            text.Append(char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString());
        }

        return text.ToString();
    }

    private async Task<(int Tilburg, int Breda, int Experiment, int Reflection, int Other, int Comment, int Question, int OpenQuestion, int Organised, int Invited, int Held)> PrepareAsync()
    {
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var coordinator = await Network.PersonAsync(_factory, "co@tilburg.nl", "Coördinator Tilburg", "GM0855", MembershipRole.Coordinator);
        await Network.PersonAsync(_factory, "collega@tilburg.nl", "Collega Tilburg", "GM0855");
        var bredaMember = await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758");
        await Network.PersonAsync(_factory, "nieuw@example.com", "Nieuw");
        var candidate = await Network.PersonAsync(_factory, "kandidaat@example.com", "Kandidaat");
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        var (experiment, author) = await Content.ProjectAsync(_factory, Visibility.Network, "GM0855", "auteur@tilburg.nl");
        var (deleted, _) = await Content.ProjectAsync(_factory, Visibility.Network, "GM0855", "auteur2@tilburg.nl");
        var reflection = await Content.ReflectAsync(_factory, experiment, coordinator, "Samen plannen werkte", [6], DateTime.UtcNow);
        var other = await Content.ReflectAsync(_factory, experiment, author, "Eerst de wijk, dan de techniek", [2], DateTime.UtcNow);
        var comment = new Comment(reflection, coordinator, "Goed punt.", "<p>Goed punt.</p>", DateTime.UtcNow);
        var question = await _factory.WithDbAsync(async db =>
        {
            var now = DateTime.UtcNow;
            db.Comments.Add(comment);
            // A feed, so that the settings page also offers to revoke it.
            db.NotificationFeeds.Add(new Domain.Notifications.NotificationFeed(coordinator, new string('a', Domain.Notifications.NotificationFeed.TokenHashLength), now));
            db.Comments.Add(new Comment(other, author, "Herkenbaar.", "<p>Herkenbaar.</p>", now));
            db.Reports.Add(new Domain.Moderation.ContentReport(Domain.Moderation.ReportTarget.Reflection, other, candidate, "Klopt niet.", now));
            db.MembershipRequests.Add(new MembershipRequest(candidate, tilburg, "Ik werk aan de warmtetransitie.", now));
            (await db.Experiments.SingleAsync(e => e.Id == deleted)).Delete(coordinator, now);
            var failed = new Domain.Mail.OutboxMessage("<mislukt@example.com>", "weg@example.com", "Weg", "Onderwerp", "Tekst", "<p>Tekst</p>", null, null, now);
            failed.FailPermanently("550 mailbox unavailable");
            db.OutboxMessages.Add(failed);
            var created = new LearningQuestion(tilburg, experiment, "Hoe plannen we samen met de netbeheerder?", Visibility.Network, [6], ["underground"], coordinator, now);
            db.LearningQuestions.Add(created);
            await db.SaveChangesAsync();
            var open = new LearningQuestion(tilburg, experiment, "Wie betaalt de extra graafkosten?", Visibility.Network, [3], ["underground"], coordinator, now);
            db.LearningQuestions.Add(open);
            await db.SaveChangesAsync();
            created.LinkAnswer(reflection, coordinator, now);
            created.MarkAnswered(null, coordinator, now);
            open.LinkAnswer(other, coordinator, now);
            (await db.SourcedQuestions.SingleAsync(q => q.Key == "urgentie-eigenaren")).LinkAnswer(reflection, coordinator, now);
            db.Notifications.Add(new Domain.Notifications.Notification(coordinator, Domain.Notifications.NotificationKind.CommentOnMyReflection, "comment:walk", "Samen plannen werkte", candidate, null, $"/reflections/{reflection}", now));
            // A werksessie the coordinator organises (edit, cancel), and one they are invited to (answer).
            var organised = new Domain.Werksessies.Werksessie(new Domain.Werksessies.WerksessieDetails("Samen tegen barrière 3", now.AddDays(10), now.AddDays(10).AddHours(2), true, null, "Agenda", "<p>Agenda</p>"), 3, tilburg, experiment, null, coordinator, now);
            organised.Invite(coordinator, tilburg, Domain.Werksessies.InvitationResponse.Accepted, now);
            organised.Invite(bredaMember, breda, Domain.Werksessies.InvitationResponse.Pending, now);
            var invited = new Domain.Werksessies.Werksessie(new Domain.Werksessies.WerksessieDetails("Breda nodigt uit", now.AddDays(20), now.AddDays(20).AddHours(2), false, "Stadskantoor Breda", "Agenda", "<p>Agenda</p>"), 6, breda, null, null, bredaMember, now);
            invited.Invite(bredaMember, breda, Domain.Werksessies.InvitationResponse.Accepted, now);
            invited.Invite(coordinator, tilburg, Domain.Werksessies.InvitationResponse.Pending, now);
            // One held an hour ago, its harvest recorded (add and correct; a next step of the coordinator's to mark done).
            var held = new Domain.Werksessies.Werksessie(new Domain.Werksessies.WerksessieDetails("Gehouden over barrière 3", now.AddHours(-3), now.AddHours(-1), true, null, "Agenda", "<p>Agenda</p>"), 3, tilburg, experiment, null, coordinator, now.AddDays(-10));
            held.Invite(coordinator, tilburg, Domain.Werksessies.InvitationResponse.Accepted, now.AddDays(-10));
            held.Invite(bredaMember, breda, Domain.Werksessies.InvitationResponse.Accepted, now.AddDays(-10));
            db.Werksessies.AddRange(organised, invited, held);

            // A document, so that its form also offers to remove it; a flag set aside, so that the watch offers to restore it.
            db.ExperimentDocuments.Add(new Domain.Experiments.ExperimentDocument(experiment, "plan.pdf", null, Domain.Experiments.DocumentType.Pdf, TestKit.TestFiles.Pdf(), null, coordinator, now));
            db.AnchoringDismissals.Add(new Domain.Experiments.AnchoringDismissal(experiment, Domain.Experiments.AnchoringFlagKind.AnchoredWithoutBudget, "Budget volgt.", coordinator, now));
            await db.SaveChangesAsync();
            var harvest = new Domain.Werksessies.WerksessieHarvest(held.Id, coordinator, now);
            harvest.Save(
                Visibility.Network,
                [new Domain.Werksessies.EyeOpenerInput(0, tilburg, experiment, "Te laat aan tafel", "Tekst", "<p>Tekst</p>", [2], coordinator)],
                [],
                [new Domain.Werksessies.NextStepInput(0, "Contract delen", coordinator, DateOnly.FromDateTime(now).AddDays(7))],
                coordinator,
                now);
            db.WerksessieHarvests.Add(harvest);
            await db.SaveChangesAsync();
            return (created.Id, open.Id, organised.Id, invited.Id, held.Id);
        });
        return (tilburg, breda, experiment, reflection, other, comment.Id, question.Item1, question.Item2, question.Item3, question.Item4, question.Item5);
    }
}
