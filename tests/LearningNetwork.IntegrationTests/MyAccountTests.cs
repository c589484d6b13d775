using System.Net;
using System.Text.Json;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Infrastructure.Persistence;
using LearningNetwork.IntegrationTests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.IntegrationTests;

public sealed class MyAccountTests : IDisposable
{
    private const string Name = "Zoë Vergeetmij";
    private const string Email = "zoe.vergeetmij@tilburg.nl";
    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task Profile_and_language_are_saved_and_used()
    {
        await Network.PersonAsync(_factory, Email, Name, "GM0855");
        var client = await Network.SignedInAsync(_factory, Email);

        var saved = await client.PostFormAsync("/account", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Zoë V.",
            ["Input.JobTitle"] = "Projectleider warmtetransitie",
            ["Input.PreferredLanguage"] = "en",
        }, "/account?handler=Profile");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var page = await client.GetAsync("/account", expectSuccess: true);
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Your details have been saved.", page.Text("[role=status]"));
        Assert.Equal(("Zoë V.", "Projectleider warmtetransitie", "en"), await _factory.WithDbAsync(db => db.Users.Select(u => ValueTuple.Create(u.DisplayName, u.JobTitle!, u.PreferredLanguage)).SingleAsync()));
        Assert.Contains("Tilburg", page.Text("[data-testid=my-municipality]"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_shows_the_display_name_not_the_email_address_in_every_session_within_the_stamp_check_after_a_change()
    {
        await Network.PersonAsync(_factory, Email, Name);
        var client = await Network.SignedInAsync(_factory, Email);
        var otherDevice = await Network.SignedInAsync(_factory, Email);

        var home = await client.GetAsync("/", expectSuccess: true);
        Assert.Equal(Name, home.Text(".ln-header__user"));
        Assert.DoesNotContain(Email, home.QuerySelector("header")!.TextContent, StringComparison.Ordinal);

        await client.PostFormAsync("/account", new Dictionary<string, string> { ["Input.DisplayName"] = "Zoë V.", ["Input.PreferredLanguage"] = "nl" }, "/account?handler=Profile");
        Assert.Equal("Zoë V.", (await client.GetAsync("/", expectSuccess: true)).Text(".ln-header__user"));

        // The other session's name comes with its principal, renewed when the security stamp is checked (30 s).
        _factory.Clock.Advance(TimeSpan.FromSeconds(31));
        Assert.Equal("Zoë V.", (await otherDevice.GetAsync("/", expectSuccess: true)).Text(".ln-header__user"));
    }

    [Fact]
    public async Task Changing_the_email_needs_the_password_and_the_link_sent_to_the_new_address()
    {
        await Network.PersonAsync(_factory, Email, Name);
        var client = await Network.SignedInAsync(_factory, Email);

        var wrong = await client.PostFormAsync("/account/email", new Dictionary<string, string> { ["Input.NewEmail"] = "zoe@nieuw.nl", ["Input.CurrentPassword"] = "niet mijn wachtwoord" });
        Assert.Equal(["Dit is niet je huidige wachtwoord."], (await Html.ReadAsync(wrong)).FieldErrors());
        Assert.Empty(factoryMail("zoe@nieuw.nl"));

        var sent = await client.PostFormAsync("/account/email", new Dictionary<string, string> { ["Input.NewEmail"] = "zoe@nieuw.nl", ["Input.CurrentPassword"] = Network.Password });
        Assert.NotNull((await Html.ReadAsync(sent)).QuerySelector("[data-testid=email-change-sent]"));
        Assert.Equal(Email, await _factory.WithDbAsync(db => db.Users.Select(u => u.Email).SingleAsync()));

        var mail = await Mailbox.SingleAsync(_factory, "zoe@nieuw.nl");
        var confirmed = await client.PostFormAsync(Mailbox.LinkTo(mail, "/account/email/confirm"), new Dictionary<string, string>());
        Assert.NotNull((await Html.ReadAsync(confirmed)).QuerySelector("[data-testid=confirmed]"));
        Assert.Equal(("zoe@nieuw.nl", "zoe@nieuw.nl"), await _factory.WithDbAsync(db => db.Users.Select(u => ValueTuple.Create(u.Email!, u.UserName!)).SingleAsync()));
        var again = await Network.SignedInAsync(_factory, "zoe@nieuw.nl");

        // An address that already has an account: the same "sent" answer, and no link is mailed to it.
        await Network.PersonAsync(_factory, "bezet@example.com", "Bezet");
        var taken = await again.PostFormAsync("/account/email", new Dictionary<string, string> { ["Input.NewEmail"] = "bezet@example.com", ["Input.CurrentPassword"] = Network.Password });
        Assert.NotNull((await Html.ReadAsync(taken)).QuerySelector("[data-testid=email-change-sent]"));
        await _factory.DeliverMailAsync();
        Assert.Empty(factoryMail("bezet@example.com"));
        var takenWrongPassword = await again.PostFormAsync("/account/email", new Dictionary<string, string> { ["Input.NewEmail"] = "bezet@example.com", ["Input.CurrentPassword"] = "niet mijn wachtwoord" });
        Assert.Equal(["Dit is niet je huidige wachtwoord."], (await Html.ReadAsync(takenWrongPassword)).FieldErrors());

        IReadOnlyList<string> factoryMail(string to) => _factory.MailFiles().Where(f => File.ReadAllText(f).Contains(to, StringComparison.Ordinal)).ToList();
    }

    [Fact]
    public async Task The_export_holds_everything_the_person_wrote_and_deleting_removes_name_and_email_from_every_table()
    {
        var tilburg = await Network.MunicipalityIdAsync(_factory, "GM0855");
        var breda = await Network.MunicipalityIdAsync(_factory, "GM0758");
        var userId = await Network.PersonAsync(_factory, Email, Name, "GM0855");
        await Network.PersonAsync(_factory, "coordinator@breda.nl", "Coördinator Breda", "GM0758", MembershipRole.Coordinator);
        var client = await Network.SignedInAsync(_factory, Email);
        await client.PostFormAsync("/account", new Dictionary<string, string> { ["Input.DisplayName"] = Name, ["Input.JobTitle"] = "Wijkregisseur Reeshof", ["Input.PreferredLanguage"] = "nl" }, "/account?handler=Profile");
        await client.PostFormAsync($"/municipalities/{breda}", new Dictionary<string, string> { ["Input.Motivation"] = "Ik verhuis naar Breda, mijn motivatie 7f3a." });

        var download = await client.GetAsync(new Uri("/account/export?handler=Download", UriKind.Relative));
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.Contains("attachment", download.Content.Headers.ContentDisposition!.DispositionType, StringComparison.Ordinal);
        using var export = JsonDocument.Parse(await download.Content.ReadAsStringAsync());
        var root = export.RootElement;
        Assert.Equal(Email, root.GetProperty("profile").GetProperty("email").GetString());
        Assert.Equal("Wijkregisseur Reeshof", root.GetProperty("profile").GetProperty("jobTitle").GetString());
        Assert.Equal("Tilburg", root.GetProperty("membership").GetProperty("municipality").GetString());
        Assert.Equal("Ik verhuis naar Breda, mijn motivatie 7f3a.", root.GetProperty("membershipRequests")[0].GetProperty("motivation").GetString());
        Assert.Contains(root.GetProperty("auditLog").EnumerateArray(), e => e.GetProperty("action").GetString() == "MembershipRequested");

        var wrong = await client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = "fout wachtwoord hier" });
        Assert.Equal(["Dit is niet je huidige wachtwoord."], (await Html.ReadAsync(wrong)).FieldErrors());
        var deleted = await client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = Network.Password });
        Assert.Equal("/account/deleted", deleted.Headers.Location!.OriginalString);

        Assert.Empty(await ColumnsContainingAsync(Email, Name, "Vergeetmij", "zoe.vergeetmij"));
        Assert.True(await _factory.WithDbAsync(db => db.AuditEntries.AnyAsync(a => a.Action == AuditAction.AccountDeleted && a.SubjectUserId == userId)));
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync(new Uri("/account", UriKind.Relative))).StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Memberships.CountAsync()));
        Assert.Equal(tilburg, await Network.MunicipalityIdAsync(_factory, "GM0855"));
    }

    [Fact]
    public async Task The_export_covers_reflections_comments_marks_questions_follows_and_reports_and_deletion_keeps_only_the_municipalitys_work()
    {
        var userId = await Network.PersonAsync(_factory, Email, Name, "GM0855");
        var bredaId = await Network.PersonAsync(_factory, "lid@breda.nl", "Bredaas lid", "GM0758");
        var client = await Network.SignedInAsync(_factory, Email);
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        var own = (await Make.Project(_factory.Services).By(userId).Titled("Warmtenet Reeshof").Summary("Samen.").CreateAsync()).Id;
        var other = (await Make.Project(_factory.Services).In("GM0758").By(bredaId).Titled("Riool Breda").Summary("Samen.").CreateAsync()).Id;
        await client.PostFormAsync($"/experiments/{own}/reflection", new Dictionary<string, string> { ["Input.Kind"] = "EyeOpener", ["Input.Title"] = "Mijn reflectie 5c1d", ["Input.Body"] = "Tekst", ["Input.Barriers"] = "6" });
        var bredaReflection = await breda.PostFormAsync($"/experiments/{other}/reflection", new Dictionary<string, string> { ["Input.Kind"] = "WhatWorked", ["Input.Title"] = "Bredase reflectie", ["Input.Body"] = "Tekst", ["Input.Lessons"] = "1" });
        var page = bredaReflection.Headers.Location!.OriginalString;
        await client.PostWithTokenAsync($"{page}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Mijn reactie 9x2q" });
        await client.PostWithTokenAsync($"{page}?handler=Recognise", new Dictionary<string, string>());
        await breda.PostWithTokenAsync($"{page}?handler=Comment", new Dictionary<string, string> { ["Input.Body"] = "Bredase reactie" });
        var bredaComment = await _factory.WithDbAsync(db => db.Comments.Where(c => c.BodyMarkdown == "Bredase reactie").Select(c => c.Id).SingleAsync());
        await client.PostWithTokenAsync($"{page}?handler=Report&commentId={bredaComment}", new Dictionary<string, string> { ["Input.Reason"] = "Mijn melding 4q4z" });
        await client.PostWithTokenAsync("/follow", new Dictionary<string, string> { ["kind"] = "Barrier", ["key"] = "6" });
        await client.PostFormAsync("/learning-agenda/new", new Dictionary<string, string> { ["Input.Text"] = "Mijn leervraag 8b8b?", ["Input.Barriers"] = "6" });

        using var export = JsonDocument.Parse(await client.GetStringAsync(new Uri("/account/export?handler=Download", UriKind.Relative)));
        var root = export.RootElement;
        Assert.Equal("Mijn reflectie 5c1d", Assert.Single(root.GetProperty("reflections").EnumerateArray()).GetProperty("title").GetString());
        Assert.Equal("Mijn reactie 9x2q", Assert.Single(root.GetProperty("comments").EnumerateArray()).GetProperty("body").GetString());
        Assert.Single(root.GetProperty("recognitions").EnumerateArray());
        Assert.Equal("Mijn leervraag 8b8b?", Assert.Single(root.GetProperty("learningQuestions").EnumerateArray()).GetProperty("text").GetString());
        Assert.Single(root.GetProperty("learningQuestionSteps").EnumerateArray());
        Assert.Equal("6", Assert.Single(root.GetProperty("follows").EnumerateArray()).GetProperty("key").GetString());
        Assert.Equal("Mijn melding 4q4z", Assert.Single(root.GetProperty("reports").EnumerateArray()).GetProperty("reason").GetString());
        // Breda's comment under the reflection the person commented on told them: the notification is theirs too.
        Assert.Equal("Bredase reflectie", Assert.Single(root.GetProperty("notifications").EnumerateArray()).GetProperty("title").GetString());

        await _factory.WithDbAsync(db =>
        {
            db.DigestDeliveries.Add(new Domain.Digests.DigestDelivery(userId, 2026, 49, DateTime.UtcNow.AddDays(3), DateTime.UtcNow));
            return db.SaveChangesAsync();
        });
        await client.PostFormAsync("/account/delete", new Dictionary<string, string> { ["Input.Password"] = Network.Password });

        // The markers hold letters no hexadecimal id has: the audit log keeps the id, and a random id once held "4a4a".
        Assert.Empty(await ColumnsContainingAsync(Email, Name, "9x2q", "4q4z"));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.DigestDeliveries.CountAsync()));
        Assert.Equal(0, await _factory.WithDbAsync(async db => await db.Recognitions.CountAsync() + await db.Follows.CountAsync() + await db.Reports.CountAsync() + await db.Visits.CountAsync(v => v.UserId == userId)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Comments.CountAsync()));
        Assert.True(await _factory.WithDbAsync(db => db.Reflections.AnyAsync(r => r.Title == "Mijn reflectie 5c1d")));
        Assert.True(await _factory.WithDbAsync(db => db.LearningQuestions.AnyAsync(q => q.Text == "Mijn leervraag 8b8b?")));
        var reflectionId = await _factory.WithDbAsync(db => db.Reflections.Where(r => r.Title == "Mijn reflectie 5c1d").Select(r => r.Id).SingleAsync());
        Assert.Contains("Verwijderd account", (await breda.GetAsync($"/reflections/{reflectionId}", expectSuccess: true)).Text(".utrecht-pre-heading"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_log_is_never_changed()
    {
        await Network.PersonAsync(_factory, Email, Name);
        var client = await Network.SignedInAsync(_factory, Email);
        await client.PostFormAsync($"/municipalities/{await Network.MunicipalityIdAsync(_factory, "GM0855")}", new Dictionary<string, string> { ["Input.Motivation"] = "Graag." });

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => _factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.FirstAsync();
            db.AuditEntries.Remove(entry);
            return await db.SaveChangesAsync();
        }));

        Assert.Contains("never changed or removed", error.Message, StringComparison.Ordinal);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.AuditEntries.CountAsync()));
    }

    [Fact]
    public async Task Withdrawing_a_request_and_leaving_a_municipality()
    {
        await Network.PersonAsync(_factory, Email, Name, "GM0855");
        var client = await Network.SignedInAsync(_factory, Email);
        await client.PostFormAsync($"/municipalities/{await Network.MunicipalityIdAsync(_factory, "GM0758")}", new Dictionary<string, string> { ["Input.Motivation"] = "Misschien Breda." });

        await client.PostFormAsync("/account", new Dictionary<string, string>(), "/account?handler=Withdraw");
        await client.PostFormAsync("/account", new Dictionary<string, string>(), "/account?handler=Leave");

        Assert.Equal(MembershipRequestStatus.Withdrawn, await _factory.WithDbAsync(db => db.MembershipRequests.Select(r => r.Status).SingleAsync()));
        Assert.False(await _factory.WithDbAsync(db => db.Memberships.AnyAsync()));
        Assert.Equal("Je bent nog geen lid van een gemeente. Werk je bij een gemeente, vraag dan lidmaatschap aan; dan kun je projecten en lessen van je gemeente vastleggen.", (await client.GetAsync("/account", expectSuccess: true)).Text("#municipality-title + p"));
    }

    /// <summary>Every text column of every table in the SQLite file, searched for each needle.</summary>
    private async Task<List<string>> ColumnsContainingAsync(params string[] needles)
    {
        SqliteConnection.ClearAllPools();
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.DataFolder, DatabaseOptions.SqliteFileName)}");
        await connection.OpenAsync();
        var hits = new List<string>();
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table'";
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            var columns = new List<string>();
            await using (var command = connection.CreateCommand())
            {
                command.CommandText = $"SELECT name FROM pragma_table_info('{table}')";
                await using var reader = await command.ExecuteReaderAsync();
                while (await reader.ReadAsync())
                {
                    columns.Add(reader.GetString(0));
                }
            }

            foreach (var column in columns)
            {
                foreach (var needle in needles)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = $"SELECT COUNT(*) FROM \"{table}\" WHERE CAST(\"{column}\" AS TEXT) LIKE $needle";
                    command.Parameters.AddWithValue("$needle", $"%{needle}%");
                    if ((long)(await command.ExecuteScalarAsync())! > 0)
                    {
                        hits.Add($"{table}.{column} contains {needle}");
                    }
                }
            }
        }

        return hits;
    }

    public void Dispose() => _factory.Dispose();
}
