using System.Globalization;
using System.Text;
using System.Xml;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Notifications.GetNotificationFeed;
using LearningNetwork.Application.OpenData.ExportPublicExperiments;
using LearningNetwork.Application.OpenData.GetPublicFeed;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Web.Infrastructure;
using Mediator;
using Microsoft.Extensions.Localization;

namespace LearningNetwork.Web.Api;

/// <summary>Open data for the open web: Atom feeds of new Public work, and a CSV and JSON export for researchers.</summary>
internal static class OpenData
{
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static void MapOpenData(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/feeds/atom", async (string? lesson, string? barrier, string? theme, ISender sender, IPortalLinks links, HttpContext context, CancellationToken ct) =>
            {
                var feed = await sender.Send(new GetPublicFeedQuery(FormValues.OptionalNumber(lesson), FormValues.OptionalNumber(barrier), string.IsNullOrWhiteSpace(theme) ? null : theme.Trim().ToLowerInvariant()), ct);
                var self = new Uri(new Uri(links.Home()), context.Request.Path + context.Request.QueryString).ToString();
                return Results.Bytes(WriteAtom(feed, self, links), "application/atom+xml; charset=utf-8");
            })
            .WithTags("Open data")
            .WithName("AtomFeed")
            .WithSummary("Atom 1.0 feed of new Public experiments and reflections; optionally of one lesson, barrier or theme (?lesson=3, ?barrier=6, ?theme=renovation).")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);

        app.MapGet("/feeds/notifications/{token}", async (string token, ISender sender, IPortalLinks links, HttpContext context, CancellationToken ct) =>
            {
                // Not open data: one person's notifications, behind a private token that they can revoke.
                context.Response.Headers.CacheControl = "private, no-store";
                context.Response.Headers["X-Robots-Tag"] = "noindex";
                return await sender.Send(new GetNotificationFeedQuery(token), ct) is { } feed
                    ? Results.Bytes(WriteNotificationAtom(feed, new Uri(new Uri(links.Home()), context.Request.Path).ToString(), links), "application/atom+xml; charset=utf-8")
                    : Results.NotFound();
            })
            .WithTags("Notifications")
            .WithName("NotificationFeed")
            .WithSummary("Atom 1.0 feed of one person's latest 50 notifications; the token comes from the notification settings and is revoked there.")
            .Produces<string>(StatusCodes.Status200OK, "application/atom+xml")
            .Produces(StatusCodes.Status404NotFound);

        app.MapGet("/opensearch.xml", (IPortalLinks links, IStringLocalizer<SharedResource> texts) =>
                Results.Bytes(WriteOpenSearch(links, texts), "application/opensearchdescription+xml; charset=utf-8"))
            .WithTags("Search")
            .WithName("OpenSearchDescription")
            .WithSummary("OpenSearch 1.1 description, so browsers offer the portal's search.")
            .Produces<string>(StatusCodes.Status200OK, "application/opensearchdescription+xml");

        app.MapGet("/api/v1/export/experiments.json", async (ISender sender, CancellationToken ct) =>
                Results.Json(await sender.Send(new ExportPublicExperimentsQuery(), ct)))
            .WithTags("Open data")
            .WithName("ExportExperimentsJson")
            .WithSummary("Every Public experiment with its themes, barriers (and their state) and lessons (and whether they helped).")
            .Produces<IReadOnlyList<ExportedExperimentDto>>();

        app.MapGet("/api/v1/export/experiments.csv", async (ISender sender, IPortalLinks links, CancellationToken ct) =>
            {
                var experiments = await sender.Send(new ExportPublicExperimentsQuery(), ct);
                return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(WriteCsv(experiments, links))).ToArray(), "text/csv; charset=utf-8", "koppelkansen-experiments.csv");
            })
            .WithTags("Open data")
            .WithName("ExportExperimentsCsv")
            .WithSummary("The same as the JSON export, one row per experiment (UTF-8, comma-separated, RFC 4180); lists inside a cell are separated by semicolons.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv");
    }

    /// <summary>UTF-8 bytes, so the XML declaration says what the Content-Type says.</summary>
    private static byte[] WriteAtom(FeedDto feed, string self, IPortalLinks links)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            var updated = feed.Entries.Count == 0 ? DateTime.UnixEpoch : feed.Entries.Max(e => e.UpdatedAtUtc);
            writer.WriteStartElement("feed", Atom);
            writer.WriteAttributeString("xml", "lang", null, "nl");
            writer.WriteElementString("id", Atom, self);
            writer.WriteElementString("title", Atom, XmlSafe(feed.Subject is null ? "Leernetwerk Koppelkansen" : $"Leernetwerk Koppelkansen — {feed.Subject}"));
            writer.WriteElementString("subtitle", Atom, "Nieuwe openbare projecten en reflecties van gemeenten die koppelkansen benutten.");
            writer.WriteElementString("updated", Atom, Rfc3339(updated));
            Link(writer, "self", self, "application/atom+xml");
            Link(writer, "alternate", links.Home(), "text/html");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "Leernetwerk Koppelkansen");
            writer.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                var url = entry.Kind == FeedEntryKind.Experiment ? links.Experiment(entry.Id) : links.Reflection(entry.Id);
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("id", Atom, url);
                writer.WriteElementString("title", Atom, XmlSafe(entry.Title));
                writer.WriteElementString("published", Atom, Rfc3339(entry.PublishedAtUtc));
                writer.WriteElementString("updated", Atom, Rfc3339(entry.UpdatedAtUtc));
                Link(writer, "alternate", url, "text/html");
                writer.WriteStartElement("category", Atom);
                writer.WriteAttributeString("term", entry.Kind == FeedEntryKind.Experiment ? "project" : "reflectie");
                writer.WriteEndElement();
                writer.WriteStartElement("author", Atom);
                writer.WriteElementString("name", Atom, XmlSafe(entry.Municipality));
                writer.WriteEndElement();
                writer.WriteStartElement("summary", Atom);
                writer.WriteAttributeString("type", "text");
                writer.WriteString(XmlSafe(entry.Summary));
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static byte[] WriteNotificationAtom(NotificationFeedDto feed, string self, IPortalLinks links)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false) }))
        {
            writer.WriteStartElement("feed", Atom);
            writer.WriteAttributeString("xml", "lang", null, feed.Language);
            // The id names the person's feed, not the token: a new token is the same feed.
            writer.WriteElementString("id", Atom, links.Notifications());
            writer.WriteElementString("title", Atom, XmlSafe(feed.Title));
            writer.WriteElementString("updated", Atom, Rfc3339(feed.Entries.Count == 0 ? DateTime.UnixEpoch : feed.Entries.Max(e => e.CreatedAtUtc)));
            Link(writer, "self", self, "application/atom+xml");
            Link(writer, "alternate", links.Notifications(), "text/html");
            writer.WriteStartElement("author", Atom);
            writer.WriteElementString("name", Atom, "Leernetwerk Koppelkansen");
            writer.WriteEndElement();
            foreach (var entry in feed.Entries)
            {
                writer.WriteStartElement("entry", Atom);
                writer.WriteElementString("id", Atom, $"{links.Notifications()}#n{entry.Id.ToString(CultureInfo.InvariantCulture)}");
                writer.WriteElementString("title", Atom, XmlSafe(entry.Text));
                writer.WriteElementString("updated", Atom, Rfc3339(entry.CreatedAtUtc));
                Link(writer, "alternate", links.Absolute(entry.Url), "text/html");
                if (entry.ContextUrl is not null)
                {
                    Link(writer, "related", links.Absolute(entry.ContextUrl), "text/html");
                }

                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        return stream.ToArray();
    }

    /// <summary>Only what XML 1.0 allows: control characters and half surrogate pairs are left out, not a 500.</summary>
    private static string XmlSafe(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                text.Append(c).Append(value[++i]);
            }
            else if (!char.IsSurrogate(c) && XmlConvert.IsXmlChar(c))
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static byte[] WriteOpenSearch(IPortalLinks links, IStringLocalizer<SharedResource> texts)
    {
        const string Namespace = "http://a9.com/-/spec/opensearch/1.1/";
        var home = new Uri(links.Home());
        using var buffer = new MemoryStream();
        using (var writer = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            writer.WriteStartElement("OpenSearchDescription", Namespace);
            writer.WriteElementString("ShortName", Namespace, texts["PortalName"].Value);
            writer.WriteElementString("Description", Namespace, texts["OpenSearchDescription"].Value);
            writer.WriteElementString("InputEncoding", Namespace, "UTF-8");
            writer.WriteElementString("Language", Namespace, CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
            writer.WriteStartElement("Url", Namespace);
            writer.WriteAttributeString("type", "text/html");
            writer.WriteAttributeString("template", new Uri(home, "/search").ToString() + "?q={searchTerms}");
            writer.WriteEndElement();
            writer.WriteStartElement("Url", Namespace);
            writer.WriteAttributeString("type", "application/json");
            writer.WriteAttributeString("template", new Uri(home, "/api/v1/search").ToString() + "?q={searchTerms}");
            writer.WriteEndElement();
            writer.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void Link(XmlWriter writer, string rel, string href, string type)
    {
        writer.WriteStartElement("link", Atom);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href);
        writer.WriteEndElement();
    }

    private static string Rfc3339(DateTime utc) => DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string WriteCsv(IReadOnlyList<ExportedExperimentDto> experiments, IPortalLinks links)
    {
        var csv = new StringBuilder();
        csv.Append("id,title,municipality,cbs_code,province,place,neighbourhood,status,start_date,end_date,homes,themes,other_coupling,schetsboek_example,barriers,lessons,url,created_utc,updated_utc,summary,"
            + "phases,works,costs,funding,unprofitable_top_per_home,structural_budget,instruments_used,instruments_in_the_way,legal_note,departments,owning_department,roles,documents\r\n");
        foreach (var e in experiments)
        {
            string[] cells =
            [
                e.Id.ToString(CultureInfo.InvariantCulture), e.Title, e.Municipality, e.CbsCode, e.Province.ToString(), e.Place ?? string.Empty, e.Neighbourhood ?? string.Empty,
                e.Status.ToString(), e.StartDate ?? string.Empty, e.EndDate ?? string.Empty,
                e.Homes?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
                string.Join(';', e.Themes), e.OtherCoupling ?? string.Empty, e.SchetsboekExample ?? string.Empty,
                string.Join(';', e.Barriers.Select(b => $"{b.Number}:{b.State}")),
                string.Join(';', e.Lessons.Select(l => $"{l.Number}:{l.State}")),
                links.Experiment(e.Id), Rfc3339(e.CreatedAtUtc), Rfc3339(e.UpdatedAtUtc), e.Summary,
                .. RecordCells(e.Record),
                string.Join(';', e.Documents.Select(d => links.Absolute(d.Path))),
            ];
            csv.AppendJoin(',', cells.Select(Cell)).Append("\r\n");
        }

        return csv.ToString();
    }

    /// <summary>
    /// The case record in cells, lists joined by <c>;</c>: a phase as <c>Running:2020-01/2021-06:2020-03/</c> (planned,
    /// then actual, months), a work as <c>SewerReplacement:2027-03/2027-12:coupled:replace the Reeshof sewer</c>.
    /// </summary>
    private static string[] RecordCells(CaseRecord record)
    {
        static string Month(DateOnly? month) => month?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? string.Empty;
        return
        [
            string.Join(';', record.Phases.Select(p => $"{p.Phase}:{Month(p.PlannedFrom)}/{Month(p.PlannedTo)}:{Month(p.ActualFrom)}/{Month(p.ActualTo)}")),
            string.Join(';', record.Works.Select(w => $"{w.Kind}:{Month(w.WindowFrom)}/{Month(w.WindowTo)}:{(w.Coupled ? "coupled" : "not-coupled")}:{w.Description}")),
            record.Costs?.ToString() ?? string.Empty,
            string.Join(';', record.Funding.Select(f => f.Name is null ? f.Source.ToString() : $"{f.Source}:{f.Name}")),
            record.UnprofitableTopPerHome?.ToString(CultureInfo.InvariantCulture) ?? string.Empty,
            record.StructuralBudget ? "true" : "false",
            string.Join(';', record.Legal.Where(l => l.Effect == InstrumentEffect.Used).Select(l => l.Instrument)),
            string.Join(';', record.Legal.Where(l => l.Effect == InstrumentEffect.InTheWay).Select(l => l.Instrument)),
            record.LegalNote ?? string.Empty,
            string.Join(';', record.Departments),
            record.OwningDepartment?.ToString() ?? string.Empty,
            string.Join(';', record.Roles),
        ];
    }

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is defused so a spreadsheet never runs a cell as a formula.</summary>
    private static string Cell(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
