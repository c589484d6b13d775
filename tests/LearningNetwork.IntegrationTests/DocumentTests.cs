using System.Net;
using LearningNetwork.Application.Experiments.Documents;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.IntegrationTests.Support;
using LearningNetwork.TestKit;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SkiaSharp;

namespace LearningNetwork.IntegrationTests;

/// <summary>
/// Issue 22, documents: a member attaches a PDF and a photo to the case record; the photo is turned upright, kept
/// without its metadata and sized for the page; files are served to whoever may read the project, under the type their
/// content showed; disguised, oversized and unreadable files get clear messages and save nothing; documents are in the
/// database's backup, and go with their project.
/// </summary>
public sealed class DocumentTests : IDisposable
{
    private const string Tilburg = "GM0855";

    private readonly ClockedPortalFactory _factory = new();

    [Fact]
    public async Task A_member_attaches_a_pdf_and_a_photo_that_others_read_as_the_project()
    {
        var (member, project) = await ProjectAsync(Visibility.Public);
        var pdf = TestFiles.Pdf();
        var added = await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", "Raadsbrief warmtevisie.pdf", pdf, new Dictionary<string, string> { ["Input.Caption"] = "Raadsbrief over de warmtevisie" });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);

        // A phone's photo, stored on its side (orientation 6) with a place in its metadata.
        var photo = TestFiles.Photo(3000, 2000, orientation: 6);
        Assert.Equal(HttpStatusCode.Redirect, (await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", "bouwteam.JPG", photo)).StatusCode);

        var documents = await _factory.WithDbAsync(db => db.ExperimentDocuments.OrderBy(d => d.Id).ToListAsync());
        Assert.Equal([DocumentType.Pdf, DocumentType.Jpeg], documents.Select(d => d.Type));
        var (pdfId, photoId) = (documents[0].Id, documents[1].Id);
        Assert.Equal((640, 960), (documents[1].Width, documents[1].Height));

        // A visitor sees both on the project page and fetches them.
        var visitor = _factory.CreatePortalClient();
        var page = await visitor.GetAsync($"/experiments/{project}", expectSuccess: true);
        var link = page.QuerySelector("[data-testid=project-documents] [data-testid=document-link]")!;
        Assert.Equal("Raadsbrief warmtevisie.pdf", link.TextContent);
        Assert.Contains("Raadsbrief over de warmtevisie", page.Text("[data-testid=project-documents]"));
        var image = page.QuerySelector("[data-testid=document-image]")!;
        Assert.Equal(("640", "960"), (image.GetAttribute("width"), image.GetAttribute("height")));

        var served = await visitor.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("application/pdf", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", served.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("nosniff", served.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await served.Content.ReadAsByteArrayAsync());

        var display = await visitor.GetAsync(new Uri(image.GetAttribute("src")!, UriKind.Relative));
        Assert.Equal("image/jpeg", display.Content.Headers.ContentType!.MediaType);
        using (var shown = SKBitmap.Decode(await display.Content.ReadAsByteArrayAsync()))
        {
            // Stored on its side with the orange corner top left; upright, a quarter turn clockwise, it is top right.
            Assert.Equal((640, 960), (shown.Width, shown.Height));
            Assert.True(shown.GetPixel(shown.Width - 20, 20).Red > 200, "the orange corner is top right");
            Assert.True(shown.GetPixel(20, 20).Red < 60, "the top left is blue");
            Assert.True(shown.GetPixel(20, shown.Height - 20).Red < 60, "the bottom left is blue");
        }

        var original = await (await visitor.GetAsync(new Uri($"/experiments/{project}/documents/{photoId}", UriKind.Relative))).Content.ReadAsByteArrayAsync();
        using (var kept = SKBitmap.Decode(original))
        {
            Assert.Equal((1707, 2560), (kept.Width, kept.Height));
        }

        Assert.DoesNotContain(TestFiles.HiddenPlace, System.Text.Encoding.ASCII.GetString(original), StringComparison.Ordinal);
        Assert.DoesNotContain("Exif", System.Text.Encoding.ASCII.GetString(original), StringComparison.Ordinal);

        // The API and the export list them.
        var api = await visitor.GetStringAsync(new Uri($"/api/v1/experiments/{project}", UriKind.Relative));
        Assert.Contains("\"fileName\":\"Raadsbrief warmtevisie.pdf\"", api, StringComparison.Ordinal);
        var csv = await visitor.GetStringAsync(new Uri("/api/v1/export/experiments.csv", UriKind.Relative));
        Assert.Contains($"/experiments/{project}/documents/{pdfId};", csv, StringComparison.Ordinal);

        // Unknown documents, a variant a PDF does not have, and another project's id are 404.
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/experiments/{project}/documents/999999", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/experiments/{project}/documents/{pdfId}/display", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/experiments/{project}/documents/{pdfId}/thumbnail", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/experiments/{project + 1000}/documents/{pdfId}", UriKind.Relative))).StatusCode);

        // Another municipality can neither add nor remove.
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.GetAsync(new Uri($"/experiments/{project}/documents", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await breda.PostWithTokenAsync($"/experiments/{project}/documents?handler=Remove&documentId={pdfId}", new Dictionary<string, string>())).StatusCode);

        // The member removes the PDF: gone, bytes and all.
        var removed = await member.PostFormAsync($"/experiments/{project}/documents", new Dictionary<string, string>(), $"/experiments/{project}/documents?handler=Remove&documentId={pdfId}");
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync(new Uri($"/experiments/{project}/documents/{pdfId}", UriKind.Relative))).StatusCode);
        Assert.Equal(0, await _factory.WithDbAsync(db => db.DocumentContents.CountAsync(c => c.DocumentId == pdfId)));
    }

    [Fact]
    public async Task Disguised_oversized_and_unreadable_files_get_a_clear_message_and_nothing_is_saved()
    {
        var (member, project) = await ProjectAsync(Visibility.Public);
        var oversized = new byte[ExperimentDocument.MaxBytes + 1];
        TestFiles.Pdf().CopyTo(oversized, 0);
        var cases = new (string Name, byte[] Content, string Message)[]
        {
            ("plan.pdf", TestFiles.Program(), "Dit soort bestand kan niet worden toegevoegd."),
            ("foto.jpg", "<html><script>alert(1)</script></html>"u8.ToArray(), "Dit soort bestand kan niet worden toegevoegd."),
            ("plan.pdf", TestFiles.Png(40, 30), "De naam 'plan.pdf' past niet bij de inhoud: het is een png-afbeelding."),
            ("notulen.docx", TestFiles.Docx(withMacros: true), "Dit soort bestand kan niet worden toegevoegd."),
            ("groot.pdf", oversized, "Het bestand is groter dan 10 MB."),
            ("leeg.pdf", [], "Kies een bestand; dit bestand is leeg."),
            ("kapot.png", [.. TestFiles.Png(40, 30)[..40], .. new byte[200]], "Deze afbeelding kan niet worden gelezen, of is groter dan 50 megapixel."),
            ("bom.png", TestFiles.PngBomb(7_100, 7_100), "Deze afbeelding kan niet worden gelezen, of is groter dan 50 megapixel."),
            ($"{new string('n', 150)}.{new string('x', 250)}", TestFiles.Pdf(), $"De naam '{new string('n', 150)}.xxx"),
        };
        foreach (var (name, content, message) in cases)
        {
            var response = await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", name, content);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var errors = (await Html.ReadAsync(response)).SummaryErrors();
            Assert.True(errors.Any(e => e.StartsWith(message, StringComparison.Ordinal)), $"{name}: {string.Join(" | ", errors)}");
        }

        var caption = await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", "plan.pdf", TestFiles.Pdf(), new Dictionary<string, string> { ["Input.Caption"] = new string('x', 301) });
        Assert.Contains("Het onderschrift mag ten hoogste 300 tekens lang zijn.", (await Html.ReadAsync(caption)).SummaryErrors());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ExperimentDocuments.CountAsync()));

        // English readers get the messages in English.
        var english = await Network.SignedInAsync(_factory, "lid@tilburg.nl", "en");
        var refused = await english.UploadAsync($"/experiments/{project}/documents", "Input.Content", "plan.pdf", TestFiles.Program());
        Assert.Contains((await Html.ReadAsync(refused)).SummaryErrors(), e => e.StartsWith("This kind of file cannot be added.", StringComparison.Ordinal));

        // A Word file is taken, and so are twenty documents, not twenty-one.
        for (var i = 0; i < ExperimentDocument.MaxPerExperiment; i++)
        {
            Assert.Equal(HttpStatusCode.Redirect, (await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", $"notulen {i}.docx", TestFiles.Docx())).StatusCode);
        }

        var one = await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", "een te veel.docx", TestFiles.Docx());
        Assert.Contains("Een project heeft ten hoogste 20 documenten. Verwijder er eerst een.", (await Html.ReadAsync(one)).SummaryErrors());
        Assert.Equal(ExperimentDocument.MaxPerExperiment, await _factory.WithDbAsync(db => db.ExperimentDocuments.CountAsync(d => d.Type == DocumentType.Word)));
    }

    [Fact]
    public async Task Documents_are_read_as_their_project_are_in_the_backup_and_go_with_the_project()
    {
        var (member, project) = await ProjectAsync(Visibility.Network);
        await member.UploadAsync($"/experiments/{project}/documents", "Input.Content", "plan.pdf", TestFiles.Pdf());
        var id = await _factory.WithDbAsync(db => db.ExperimentDocuments.Where(d => d.ExperimentId == project).Select(d => d.Id).SingleAsync());
        var url = new Uri($"/experiments/{project}/documents/{id}", UriKind.Relative);

        // A network project's documents are for the signed in only.
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreatePortalClient().GetAsync(url)).StatusCode);
        var breda = await Network.SignedInAsync(_factory, "lid@breda.nl");
        Assert.Equal(HttpStatusCode.OK, (await breda.GetAsync(url)).StatusCode);

        // A draft's documents are for its own municipality only.
        var draft = (await Make.Project(_factory.Services).In(Tilburg).Titled("Nog een schets").Visible(Visibility.Draft).CreateAsync()).Id;
        await member.UploadAsync($"/experiments/{draft}/documents", "Input.Content", "schets.pdf", TestFiles.Pdf());
        var sketch = new Uri($"/experiments/{draft}/documents/{await _factory.WithDbAsync(db => db.ExperimentDocuments.Where(d => d.ExperimentId == draft).Select(d => d.Id).SingleAsync())}", UriKind.Relative);
        Assert.Equal(HttpStatusCode.NotFound, (await breda.GetAsync(sketch)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(sketch)).StatusCode);

        // The database's online backup holds them: a portal started on the copy serves the same bytes.
        var copyFolder = PortalFactory.NewDataFolder();
        Directory.CreateDirectory(copyFolder);
        await using (var live = new SqliteConnection($"Data Source={Path.Combine(_factory.DataFolder, "learningnetwork.db")}"))
        await using (var copy = new SqliteConnection($"Data Source={Path.Combine(copyFolder, "learningnetwork.db")};Pooling=False"))
        {
            await live.OpenAsync();
            await copy.OpenAsync();
            live.BackupDatabase(copy);
        }

        using (var restored = new PortalFactory(copyFolder))
        {
            var reader = await Network.SignedInAsync(restored, "lid@breda.nl");
            var bytes = await (await reader.GetAsync(url)).Content.ReadAsByteArrayAsync();
            Assert.Equal(TestFiles.Pdf(), bytes);
        }

        // Deleted with the project: served to no one at once, back when it is restored, erased after the restore window.
        await member.PostFormAsync($"/experiments/{project}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, (await member.GetAsync(url)).StatusCode);
        await Network.AdminAsync(_factory, "beheer@koppelkansen.nl");
        var admin = await Network.SignedInAsync(_factory, "beheer@koppelkansen.nl");
        await admin.PostWithTokenAsync($"/admin/deleted-experiments?handler=Restore&id={project}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, (await member.GetAsync(url)).StatusCode);

        await member.PostFormAsync($"/experiments/{project}/delete", new Dictionary<string, string>());
        await PurgeAsync();
        Assert.Equal(1, await _factory.WithDbAsync(db => db.DocumentContents.CountAsync(c => c.DocumentId == id)));
        _factory.Clock.Advance(TimeSpan.FromDays(31));
        await Task.WhenAll(PurgeAsync(), PurgeAsync());
        Assert.Equal(0, await _factory.WithDbAsync(db => db.ExperimentDocuments.CountAsync(d => d.ExperimentId == project)));
        Assert.Equal(0, await _factory.WithDbAsync(db => db.DocumentContents.CountAsync(c => c.DocumentId == id)));
        Assert.Equal(1, await _factory.WithDbAsync(db => db.ExperimentDocuments.CountAsync(d => d.ExperimentId == draft)));
    }

    public void Dispose() => _factory.Dispose();

    private async Task PurgeAsync()
    {
        await using var scope = _factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DocumentPurge>().PurgeDueAsync(CancellationToken.None);
    }

    private async Task<(HttpClient Member, int Project)> ProjectAsync(Visibility visibility)
    {
        await Network.PersonAsync(_factory, "lid@tilburg.nl", "Lid Tilburg", Tilburg);
        await Network.PersonAsync(_factory, "lid@breda.nl", "Lid Breda", "GM0758");
        var project = (await Make.Project(_factory.Services).In(Tilburg).Titled("Reeshof koppelt").Visible(visibility).CreateAsync()).Id;
        return (await Network.SignedInAsync(_factory, "lid@tilburg.nl"), project);
    }
}
