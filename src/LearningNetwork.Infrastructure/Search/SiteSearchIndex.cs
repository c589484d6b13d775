using System.Net;
using System.Text.RegularExpressions;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Search;
using LearningNetwork.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Infrastructure.Search;

/// <summary>
/// Keeps the site-wide search's documents (<c>SearchEntries</c>, their tags and, on SQLite, the FTS5 table
/// <c>SiteSearch</c>) in step with what they are made of: after every save, the documents of the items that changed
/// are written again, in the same transaction. Who may read a document is not kept: the search reads it from the
/// item, so a hidden reflection or a draft never shows, however old its document.
/// </summary>
internal static partial class SiteSearchIndex
{
    /// <summary>
    /// The items this save touches, read after the save: a new item gets its id from it (read from the change
    /// tracker's entry, which holds the stored value before the changes are accepted).
    /// </summary>
    /// <remarks><c>New</c>: the item itself is added by this save, so it has no document to remove yet.</remarks>
    public static IReadOnlyList<Func<(SearchKind Kind, int Id, bool New)>> Touched(AppDbContext db) =>
        db.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => (Entry: e, Item: e.Entity switch
            {
                Experiment => (SearchKind.Project, nameof(Experiment.Id)),
                ExperimentTheme => (SearchKind.Project, nameof(ExperimentTheme.ExperimentId)),
                ExperimentBarrier => (SearchKind.Project, nameof(ExperimentBarrier.ExperimentId)),
                ExperimentLesson => (SearchKind.Project, nameof(ExperimentLesson.ExperimentId)),
                Reflection => (SearchKind.Reflection, nameof(Reflection.Id)),
                ReflectionLesson => (SearchKind.Reflection, nameof(ReflectionLesson.ReflectionId)),
                ReflectionBarrier => (SearchKind.Reflection, nameof(ReflectionBarrier.ReflectionId)),
                Comment => (SearchKind.Comment, nameof(Comment.Id)),
                LearningQuestion => (SearchKind.Question, nameof(LearningQuestion.Id)),
                LearningQuestionBarrier => (SearchKind.Question, nameof(LearningQuestionBarrier.QuestionId)),
                LearningQuestionTheme => (SearchKind.Question, nameof(LearningQuestionTheme.QuestionId)),
                Municipality => (SearchKind.Municipality, nameof(Municipality.Id)),
                _ => ((SearchKind Kind, string Property)?)null,
            }))
            .Where(x => x.Item is not null)
            .Select(x =>
            {
                var (kind, property) = x.Item!.Value;
                var value = x.Entry.Property(property);
                if (x.Entry.State == EntityState.Deleted)
                {
                    var id = (int)value.CurrentValue!;
                    return () => (kind, id, false);
                }

                var added = x.Entry.State == EntityState.Added && property == "Id";
                return (Func<(SearchKind, int, bool)>)(() => (kind, (int)value.CurrentValue!, added));
            })
            .ToList();

    /// <summary>The schetsboek's lessons, barriers and themes and the municipalities, when the index lacks any (a new database).</summary>
    public static async Task EnsureCatalogueAsync(AppDbContext db, CancellationToken cancellationToken)
    {
        var expected = await db.Lessons.CountAsync(cancellationToken) + await db.Barriers.CountAsync(cancellationToken)
            + await db.Themes.CountAsync(cancellationToken) + await db.Municipalities.CountAsync(cancellationToken);
        var kinds = new[] { SearchKind.Lesson, SearchKind.Barrier, SearchKind.Theme, SearchKind.Municipality };
        if (await db.SearchEntries.CountAsync(e => kinds.Contains(e.Kind), cancellationToken) == expected)
        {
            return;
        }

        var items = (await db.Lessons.Select(l => l.Number).ToListAsync(cancellationToken)).Select(n => (SearchKind.Lesson, n))
            .Concat((await db.Barriers.Select(b => b.Number).ToListAsync(cancellationToken)).Select(n => (SearchKind.Barrier, n)))
            .Concat((await db.Themes.Select(t => t.SortOrder).ToListAsync(cancellationToken)).Select(n => (SearchKind.Theme, n)))
            .Concat((await db.Municipalities.Select(m => m.Id).ToListAsync(cancellationToken)).Select(n => (SearchKind.Municipality, n)))
            .ToList();
        await db.Database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(token);
                await UpdateAsync(db, items, token);
                await transaction.CommitAsync(token);
            },
            cancellationToken);
    }

    /// <summary>Writes the documents of these items again; <paramref name="fresh"/> are new items, which have none to remove first.</summary>
    public static async Task UpdateAsync(AppDbContext db, IEnumerable<(SearchKind Kind, int Id)> items, CancellationToken cancellationToken, IReadOnlySet<(SearchKind Kind, int Id)>? fresh = null)
    {
        var byKind = items.Distinct().GroupBy(i => i.Kind).ToDictionary(g => g.Key, g => g.Select(i => i.Id).ToList());
        if (byKind.Count == 0)
        {
            return;
        }

        // A reflection's comments go with it (the database cascades them), so their documents are looked at too.
        if (byKind.TryGetValue(SearchKind.Reflection, out var reflections) && reflections.Any(id => fresh?.Contains((SearchKind.Reflection, id)) != true))
        {
            var keys = reflections.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var comments = await db.SearchEntries.Where(e => e.Kind == SearchKind.Comment && keys.Contains(e.ItemKey)).Select(e => e.ItemId).ToListAsync(cancellationToken);
            byKind[SearchKind.Comment] = [.. byKind.GetValueOrDefault(SearchKind.Comment, []).Union(comments)];
        }

        var entryIds = byKind.SelectMany(k => k.Value.Where(id => fresh?.Contains((k.Key, id)) != true).Select(id => SearchEntry.IdOf(k.Key, id))).ToList();
        var sqlite = db.Database.IsSqlite();
        if (sqlite && entryIds.Count > 0)
        {
            var list = System.Text.Json.JsonSerializer.Serialize(entryIds);
            await db.Database.ExecuteSqlAsync($"DELETE FROM SiteSearch WHERE rowid IN (SELECT value FROM json_each({list}))", cancellationToken);
        }

        if (entryIds.Count > 0)
        {
            await db.Set<SearchEntryTag>().Where(t => entryIds.Contains(t.EntryId)).ExecuteDeleteAsync(cancellationToken);
            await db.SearchEntries.Where(e => entryIds.Contains(e.Id)).ExecuteDeleteAsync(cancellationToken);
        }

        var documents = new List<SearchEntry>();
        foreach (var (kind, ids) in byKind)
        {
            documents.AddRange(await DocumentsAsync(db, kind, ids, cancellationToken));
        }

        foreach (var d in documents)
        {
            var kind = d.Kind.ToString();
            await db.Database.ExecuteSqlAsync(
                $"INSERT INTO SearchEntries ([Id], [Kind], [ItemId], [ItemKey], [Title], [TitleEn], [Text], [TextEn], [Words], [Stems], [MunicipalityId], [DateUtc]) VALUES ({d.Id}, {kind}, {d.ItemId}, {d.ItemKey}, {d.Title}, {d.TitleEn}, {d.Text}, {d.TextEn}, {d.Words}, {d.Stems}, {d.MunicipalityId}, {d.DateUtc})",
                cancellationToken);
            foreach (var tag in d.Tags)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO SearchEntryTags ([EntryId], [Tag]) VALUES ({d.Id}, {tag.Tag})", cancellationToken);
            }

            if (sqlite)
            {
                await db.Database.ExecuteSqlAsync($"INSERT INTO SiteSearch(rowid, Words, Stems) VALUES ({d.Id}, {d.Words}, {d.Stems})", cancellationToken);
            }
        }
    }

    private static async Task<IReadOnlyList<SearchEntry>> DocumentsAsync(AppDbContext db, SearchKind kind, List<int> ids, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case SearchKind.Project:
                return (await db.Experiments.AsNoTracking().AsSplitQuery()
                        .Where(e => ids.Contains(e.Id) && e.DeletedAtUtc == null)
                        .Select(e => new
                        {
                            e.Id, e.Title, e.Summary, e.OtherCoupling, e.Place, e.Neighbourhood, e.MunicipalityId, e.CreatedAtUtc, e.Record,
                            Themes = e.Themes.Select(t => t.ThemeKey).ToList(),
                            Barriers = e.Barriers.Select(b => new { b.BarrierNumber, b.Note }).ToList(),
                            Lessons = e.Lessons.Select(l => new { l.LessonNumber, l.Note }).ToList(),
                        })
                        .ToListAsync(cancellationToken))
                    .Select(e => Entry(
                        kind, e.Id, e.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Title, null, e.Summary, null,
                        [e.OtherCoupling, e.Place, e.Neighbourhood, .. e.Barriers.Select(b => b.Note), .. e.Lessons.Select(l => l.Note), .. e.Record.Texts()],
                        e.MunicipalityId, e.CreatedAtUtc,
                        [.. e.Themes.Select(t => "theme:" + t), .. e.Barriers.Select(b => $"barrier:{b.BarrierNumber}"), .. e.Lessons.Select(l => $"lesson:{l.LessonNumber}")]))
                    .ToList();
            case SearchKind.Reflection:
                return (await db.Reflections.AsNoTracking().AsSplitQuery()
                        .Where(r => ids.Contains(r.Id))
                        .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new
                        {
                            r.Id, r.Title, r.BodyHtml, e.MunicipalityId, r.CreatedAtUtc,
                            Lessons = r.Lessons.Select(l => l.LessonNumber).ToList(),
                            Barriers = r.Barriers.Select(b => b.BarrierNumber).ToList(),
                        })
                        .ToListAsync(cancellationToken))
                    .Select(r => Entry(
                        kind, r.Id, r.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), r.Title, null, Plain(r.BodyHtml), null, [], r.MunicipalityId, r.CreatedAtUtc,
                        [.. r.Lessons.Select(l => $"lesson:{l}"), .. r.Barriers.Select(b => $"barrier:{b}")]))
                    .ToList();
            case SearchKind.Comment:
                return await CommentDocumentsAsync(db, ids, cancellationToken);
            case SearchKind.Question:
                return (await db.LearningQuestions.AsNoTracking().AsSplitQuery()
                        .Where(q => ids.Contains(q.Id))
                        .Select(q => new
                        {
                            q.Id, q.Text, q.MunicipalityId, q.CreatedAtUtc,
                            Barriers = q.Barriers.Select(b => b.BarrierNumber).ToList(),
                            Themes = q.Themes.Select(t => t.ThemeKey).ToList(),
                        })
                        .ToListAsync(cancellationToken))
                    .Select(q => Entry(
                        kind, q.Id, q.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), q.Text, null, q.Text, null, [], q.MunicipalityId, q.CreatedAtUtc,
                        [.. q.Barriers.Select(b => $"barrier:{b}"), .. q.Themes.Select(t => "theme:" + t)]))
                    .ToList();
            case SearchKind.Lesson:
                return (await db.Lessons.AsNoTracking().Where(l => ids.Contains(l.Number)).ToListAsync(cancellationToken))
                    .Select(l => Entry(kind, l.Number, l.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), l.Title.Nl, l.Title.En, l.Description.Nl, l.Description.En, [], null, null, [$"lesson:{l.Number}"]))
                    .ToList();
            case SearchKind.Barrier:
                return (await db.Barriers.AsNoTracking().Where(b => ids.Contains(b.Number)).ToListAsync(cancellationToken))
                    .Select(b => Entry(kind, b.Number, b.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Title.Nl, b.Title.En, b.Description.Nl, b.Description.En, [], null, null, [$"barrier:{b.Number}"]))
                    .ToList();
            case SearchKind.Theme:
                return (await db.Themes.AsNoTracking().Where(t => ids.Contains(t.SortOrder)).ToListAsync(cancellationToken))
                    .Select(t => Entry(kind, t.SortOrder, t.Key, t.Title.Nl, t.Title.En, t.Description.Nl, t.Description.En, [], null, null, ["theme:" + t.Key]))
                    .ToList();
            default:
                return (await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).Select(m => new { m.Id, m.Name, m.Province }).ToListAsync(cancellationToken))
                    .Select(m => Entry(kind, m.Id, m.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), m.Name, null, m.Province.ToString(), null, [], m.Id, null, []))
                    .ToList();
        }
    }

    /// <summary>
    /// A comment's document from the comment as this save holds it (a saved comment is not read back, nor its
    /// thread), with its reflection's title and municipality; comments the save does not hold are read by id.
    /// </summary>
    private static async Task<IReadOnlyList<SearchEntry>> CommentDocumentsAsync(AppDbContext db, List<int> ids, CancellationToken cancellationToken)
    {
        var held = db.ChangeTracker.Entries<Comment>()
            .Select(e => (Entry: e, Id: e.Property(c => c.Id).CurrentValue))
            .Where(x => ids.Contains(x.Id))
            .ToList();
        var comments = held.Where(x => x.Entry.State is not (EntityState.Deleted or EntityState.Detached))
            .Select(x => new { x.Id, x.Entry.Entity.ReflectionId, x.Entry.Entity.BodyHtml, x.Entry.Entity.CreatedAtUtc })
            .ToList();
        var others = ids.Except(held.Select(x => x.Id)).ToList();
        if (others.Count > 0)
        {
            comments.AddRange(await db.Comments.AsNoTracking().Where(c => others.Contains(c.Id))
                .Select(c => new { c.Id, c.ReflectionId, c.BodyHtml, c.CreatedAtUtc })
                .ToListAsync(cancellationToken));
        }

        var reflectionIds = comments.Select(c => c.ReflectionId).Distinct().ToList();
        var reflections = await db.Reflections.AsNoTracking().Where(r => reflectionIds.Contains(r.Id))
            .Join(db.Experiments, r => r.ExperimentId, e => e.Id, (r, e) => new { r.Id, r.Title, e.MunicipalityId })
            .ToDictionaryAsync(r => r.Id, cancellationToken);
        return comments.Where(c => reflections.ContainsKey(c.ReflectionId))
            .Select(c => Entry(
                SearchKind.Comment, c.Id, c.ReflectionId.ToString(System.Globalization.CultureInfo.InvariantCulture), reflections[c.ReflectionId].Title, null, Plain(c.BodyHtml), null, [],
                reflections[c.ReflectionId].MunicipalityId, c.CreatedAtUtc, [], titleIsItsOwn: false))
            .ToList();
    }

    /// <param name="titleIsItsOwn">False for a comment: it is shown under its reflection's title, but found by its own words only.</param>
    private static SearchEntry Entry(SearchKind kind, int id, string key, string title, string? titleEn, string text, string? textEn, IEnumerable<string?> more, int? municipalityId, DateTime? dateUtc, IEnumerable<string> tags, bool titleIsItsOwn = true)
    {
        var all = string.Join('\n', new[] { titleIsItsOwn ? title : null, titleEn, text, textEn }.Concat(more).Where(t => !string.IsNullOrWhiteSpace(t)));
        var words = DutchText.Tokens(all).Select(t => t.Word).ToList();
        return new SearchEntry(
            kind, id, key, title, titleEn, text, textEn,
            " " + string.Join(' ', words) + " ",
            " " + string.Join(' ', words.Select(DutchText.Stem)) + " ",
            municipalityId, dateUtc, tags);
    }

    /// <summary>The text of sanitised HTML, for the snippet: tags dropped, entities read.</summary>
    private static string Plain(string html) => WebUtility.HtmlDecode(Spaces().Replace(Tags().Replace(html, " "), " ")).Trim();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
