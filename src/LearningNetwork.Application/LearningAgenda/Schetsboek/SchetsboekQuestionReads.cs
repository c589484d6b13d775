using System.Linq.Expressions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Taxonomy;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.Schetsboek;

/// <summary>
/// A question the schetsboek leaves open, on the network's starting learning agenda: the question in the portal's
/// words, the schetsboek's sentence that asks it (word for word), where it stands and what the schetsboek ties it
/// to; with how many reflections the viewer can read answer it and how many municipalities adopted it.
/// </summary>
public sealed record SchetsboekQuestionDto(
    string Key,
    LocalizedText Text,
    SourcedQuoteDto Quote,
    LocalizedText Where,
    IReadOnlyList<MunicipalityReference> Municipalities,
    IReadOnlyList<ThemeReference> Themes,
    IReadOnlyList<int> Barriers,
    IReadOnlyList<int> Lessons,
    int Answers,
    int AdoptedBy);

internal static class SchetsboekQuestionReads
{
    /// <summary>Three queries whatever the number of questions: the questions with their links and counts, the names of their municipalities, the themes.</summary>
    public static async Task<IReadOnlyList<SchetsboekQuestionDto>> LoadAsync(IAppDbContext db, Viewer viewer, Expression<Func<SourcedQuestion, bool>> filter, CancellationToken cancellationToken)
    {
        var reflections = db.ReadableReflections(viewer);
        var adopted = db.ReadableQuestions(viewer);
        var questions = await db.SourcedQuestions.AsNoTracking()
            .Where(filter)
            .OrderBy(q => q.SortOrder)
            .Select(q => new
            {
                q.Key,
                Text = new LocalizedText(q.Text.Nl, q.Text.En),
                Quote = new SourcedQuoteDto(q.QuoteText, q.QuoteSpeaker),
                Where = new LocalizedText(q.Where.Nl, q.Where.En),
                Municipalities = q.Municipalities.Select(m => m.MunicipalityId).ToList(),
                Themes = q.Themes.Select(t => t.ThemeKey).ToList(),
                Barriers = q.Barriers.OrderBy(b => b.BarrierNumber).Select(b => b.BarrierNumber).ToList(),
                Lessons = q.Lessons.OrderBy(l => l.LessonNumber).Select(l => l.LessonNumber).ToList(),
                Answers = q.Answers.Count(a => reflections.Any(r => r.Id == a.ReflectionId)),
                AdoptedBy = adopted.Where(l => l.SourcedQuestionId == q.Id).Select(l => l.MunicipalityId).Distinct().Count(),
            })
            .ToListAsync(cancellationToken);
        if (questions.Count == 0)
        {
            return [];
        }

        var ids = questions.SelectMany(q => q.Municipalities).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var themes = await db.Themes.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new ThemeReference(t.Key, new LocalizedText(t.Title.Nl, t.Title.En)))
            .ToListAsync(cancellationToken);
        return questions.Select(q => new SchetsboekQuestionDto(
                q.Key,
                q.Text,
                q.Quote,
                q.Where,
                [.. q.Municipalities.Select(id => new MunicipalityReference(id, names[id])).OrderBy(m => m.Name, StringComparer.Ordinal)],
                [.. themes.Where(t => q.Themes.Contains(t.Key))],
                q.Barriers,
                q.Lessons,
                q.Answers,
                q.AdoptedBy))
            .ToList();
    }
}
