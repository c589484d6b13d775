using System.Linq.Expressions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Taxonomy;

/// <summary>The schetsboek's own words, word for word, and who said them as the schetsboek names them.</summary>
public sealed record SourcedQuoteDto(string Text, string Speaker);

public sealed record MunicipalityReference(int Id, string Name);

public sealed record ThemeReference(string Key, LocalizedText Title);

/// <summary>
/// An example the schetsboek itself describes ("Uit het schetsboek"): never a member's project. Its links are the
/// schetsboek's; <see cref="Reference"/> is the schetsboek's own cross-reference, word for word.
/// </summary>
public sealed record SourcedExampleDto(
    string Key,
    LocalizedText Title,
    LocalizedText Summary,
    LocalizedText Where,
    ExampleSource Source,
    string? Place,
    string? Reference,
    string? SourceUrl,
    IReadOnlyList<MunicipalityReference> Municipalities,
    IReadOnlyList<ThemeReference> Themes,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<int> Lessons,
    IReadOnlyList<SourcedQuoteDto> Quotes,
    IReadOnlyList<ExampleProjectDto> Projects,
    bool CanClaim);

/// <summary>A member's project that is a schetsboek example, claimed by its municipality and kept up to date there.</summary>
public sealed record ExampleProjectDto(int Id, string Title, int MunicipalityId);

/// <summary>Reads the schetsboek's examples for the lesson, barrier, theme and municipality pages and the API.</summary>
public static class SchetsboekContent
{
    /// <summary>
    /// Four queries whatever the number of examples: the examples with their links, the names of their
    /// municipalities, the themes, and the projects the viewer may read that claimed them. The viewer may claim an
    /// example of their own municipality that none of its projects claimed yet.
    /// </summary>
    public static async Task<IReadOnlyList<SourcedExampleDto>> ExamplesAsync(IAppDbContext db, Viewer viewer, Expression<Func<SourcedExample, bool>> filter, CancellationToken cancellationToken)
    {
        var examples = await db.SourcedExamples.AsNoTracking()
            .Where(filter)
            .OrderBy(e => e.SortOrder)
            .Select(e => new
            {
                e.Id,
                e.Key,
                Title = new LocalizedText(e.Title.Nl, e.Title.En),
                Summary = new LocalizedText(e.Summary.Nl, e.Summary.En),
                Where = new LocalizedText(e.Where.Nl, e.Where.En),
                e.Source,
                e.Place,
                e.Reference,
                e.SourceUrl,
                Municipalities = e.Municipalities.Select(m => m.MunicipalityId).ToList(),
                Themes = e.Themes.Select(t => t.ThemeKey).ToList(),
                Barriers = e.Barriers.OrderBy(b => b.BarrierNumber).Select(b => b.BarrierNumber).ToList(),
                Lessons = e.Lessons.OrderBy(l => l.LessonNumber).Select(l => l.LessonNumber).ToList(),
                Quotes = e.Quotes.OrderBy(q => q.Order).Select(q => new SourcedQuoteDto(q.Text, q.Speaker)).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (examples.Count == 0)
        {
            return [];
        }

        var ids = examples.SelectMany(e => e.Municipalities).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new ThemeReference(t.Key, new LocalizedText(t.Title.Nl, t.Title.En)))
            .ToListAsync(cancellationToken);
        var exampleIds = examples.Select(e => (int?)e.Id).ToList();
        var projects = (await db.ReadableExperiments(viewer).AsNoTracking()
                .Where(x => exampleIds.Contains(x.SourcedExampleId))
                .OrderBy(x => x.Title)
                .Select(x => new { ExampleId = x.SourcedExampleId!.Value, Project = new ExampleProjectDto(x.Id, x.Title, x.MunicipalityId) })
                .ToListAsync(cancellationToken))
            .ToLookup(x => x.ExampleId, x => x.Project);
        return examples.Select(e => new SourcedExampleDto(
                e.Key,
                e.Title,
                e.Summary,
                e.Where,
                e.Source,
                e.Place,
                e.Reference,
                e.SourceUrl,
                [.. e.Municipalities.Select(id => new MunicipalityReference(id, names[id])).OrderBy(m => m.Name, StringComparer.Ordinal)],
                [.. themes.Where(t => e.Themes.Contains(t.Key))],
                e.Barriers,
                e.Lessons,
                e.Quotes,
                [.. projects[e.Id]],
                viewer.MunicipalityId is { } own && e.Municipalities.Contains(own) && viewer.CanEditContentOf(own)
                    && !projects[e.Id].Any(p => p.MunicipalityId == own)))
            .ToList();
    }
}
