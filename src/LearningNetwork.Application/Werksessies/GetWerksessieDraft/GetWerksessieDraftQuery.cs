using System.Globalization;
using System.Text;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Resources;
using LearningNetwork.Application.Werksessies.GetPeerMatches;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Taxonomy;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.GetWerksessieDraft;

public sealed record DraftPersonDto(string UserId, string Name, string? JobTitle, MembershipRole Role);

/// <summary>A municipality whose people can be invited: a proposed one (with the project it overcame the barrier in), or the organiser's own.</summary>
public sealed record DraftMunicipalityDto(int Id, string Name, bool Own, string? Why, IReadOnlyList<DraftPersonDto> People);

/// <summary>What the form to propose a werksessie starts from: the barrier, the project and question, who could come, and an agenda.</summary>
public sealed record WerksessieDraftDto(
    int BarrierNumber,
    LocalizedText BarrierTitle,
    int? ExperimentId,
    string? ExperimentTitle,
    int? QuestionId,
    string? QuestionText,
    IReadOnlyList<DraftMunicipalityDto> Municipalities,
    string Title,
    string Agenda);

/// <summary>
/// The start of a werksessie about a barrier the viewer's municipality still meets: the matched municipalities and
/// their people (only those with a confirmed address), the viewer's colleagues, and an agenda drawn up from the
/// projects' timelines and the open question: what happened, what was the eye-opener, what would you do differently.
/// </summary>
public sealed record GetWerksessieDraftQuery(int BarrierNumber, int? ExperimentId) : IQuery<WerksessieDraftDto>, ISignedInOnly;

public sealed class GetWerksessieDraftHandler(IAppDbContext db, ViewerProvider viewers, IMarkdownRenderer markdown) : IQueryHandler<GetWerksessieDraftQuery, WerksessieDraftDto>
{
    private const int TimelineEntriesPerProject = 3;

    public async ValueTask<WerksessieDraftDto> Handle(GetWerksessieDraftQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        Access.Demand(viewer.CanWriteForAMunicipality());
        var own = viewer.MunicipalityId!.Value;
        var barrier = await db.Barriers.AsNoTracking().Where(b => b.Number == query.BarrierNumber)
            .Select(b => new LocalizedText(b.Title.Nl, b.Title.En)).SingleOrDefaultAsync(cancellationToken)
            ?? throw Common.Exceptions.NotFoundException.For("Barrier", query.BarrierNumber);
        var experiment = query.ExperimentId is { } experimentId
            ? await db.ReadableExperiments(viewer).Where(e => e.Id == experimentId && e.MunicipalityId == own).Select(e => new { e.Id, e.Title }).SingleOrDefaultAsync(cancellationToken)
                ?? throw Common.Exceptions.NotFoundException.For("Experiment", experimentId)
            : null;
        var question = await db.ReadableQuestions(viewer).AsNoTracking()
            .Where(q => q.MunicipalityId == own && q.State != QuestionState.Answered && q.Barriers.Any(b => b.BarrierNumber == query.BarrierNumber))
            .OrderByDescending(q => q.ExperimentId == query.ExperimentId).ThenByDescending(q => q.UpdatedAtUtc)
            .Select(q => new { q.Id, q.Text })
            .FirstOrDefaultAsync(cancellationToken);

        var matches = (await PeerMatchReader.ReadAsync(db, viewer, own, experiment?.Id, query.BarrierNumber, cancellationToken))
            .SelectMany(b => b.Matches).ToList();
        var ids = matches.Select(m => m.MunicipalityId).Prepend(own).Distinct().ToList();
        var names = await db.Municipalities.AsNoTracking().Where(m => ids.Contains(m.Id)).ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var people = (await db.Memberships.AsNoTracking().Where(m => ids.Contains(m.MunicipalityId) && m.UserId != viewer.UserId)
                .Join(db.People.Where(p => p.EmailConfirmed && !p.Blocked), m => m.UserId, p => p.Id, (m, p) => new { m.MunicipalityId, p.Id, p.DisplayName, p.JobTitle, m.Role })
                .ToListAsync(cancellationToken))
            .ToLookup(p => p.MunicipalityId);
        var municipalities = ids.Select(id => new DraftMunicipalityDto(
                id,
                names[id],
                id == own,
                matches.FirstOrDefault(m => m.MunicipalityId == id)?.ExperimentTitle,
                [.. people[id].OrderByDescending(p => p.Role).ThenBy(p => p.DisplayName, StringComparer.CurrentCulture).Select(p => new DraftPersonDto(p.Id, p.DisplayName, p.JobTitle, p.Role))]))
            .ToList();

        var projects = matches.Select(m => (m.MunicipalityId, m.ExperimentId, m.ExperimentTitle)).ToList();
        if (experiment is not null)
        {
            projects.Insert(0, (own, experiment.Id, experiment.Title));
        }

        var agenda = await AgendaAsync(query.BarrierNumber, barrier, names, projects, question?.Text, cancellationToken);
        var title = string.Format(CultureInfo.CurrentUICulture, AppTexts.WerksessieDefaultTitle, barrier.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName));
        return new WerksessieDraftDto(query.BarrierNumber, barrier, experiment?.Id, experiment?.Title, question?.Id, question?.Text, municipalities, title.Length <= Domain.Werksessies.Werksessie.TitleMaxLength ? title : title[..Domain.Werksessies.Werksessie.TitleMaxLength], agenda);
    }

    /// <summary>
    /// The agenda in Markdown, in the viewer's language: the question, then per project what happened (its latest
    /// timeline entries), then the eye-openers, what each would do differently, and the next steps.
    /// </summary>
    private async Task<string> AgendaAsync(int barrierNumber, LocalizedText barrier, IReadOnlyDictionary<int, string> names, IReadOnlyList<(int MunicipalityId, int ExperimentId, string Title)> projects, string? question, CancellationToken cancellationToken)
    {
        var culture = CultureInfo.CurrentUICulture;
        var projectIds = projects.Select(p => p.ExperimentId).ToList();
        var entries = (await db.Experiments.AsNoTracking().Where(e => projectIds.Contains(e.Id))
                .SelectMany(e => e.Timeline, (e, t) => new { e.Id, t.AtUtc, t.Kind, t.ToStatus, t.Note })
                .ToListAsync(cancellationToken))
            .ToLookup(t => t.Id);
        var text = new StringBuilder();
        text.Append("## 1. ").AppendLine(AppTexts.WerksessieAgendaQuestion).AppendLine();
        text.AppendLine(string.Format(culture, AppTexts.WerksessieAgendaBarrier, barrierNumber, barrier.For(culture.TwoLetterISOLanguageName)));
        if (question is not null)
        {
            text.AppendLine().AppendLine(string.Format(culture, AppTexts.WerksessieAgendaOpenQuestion, markdown.ToPlainText(question)));
        }

        text.AppendLine().Append("## 2. ").AppendLine(AppTexts.WerksessieAgendaWhatHappened).AppendLine();
        foreach (var project in projects)
        {
            text.Append("**").Append(names[project.MunicipalityId]).Append(": ").Append(Escape(project.Title)).AppendLine("**").AppendLine();
            var latest = entries[project.ExperimentId].OrderByDescending(t => t.AtUtc).Take(TimelineEntriesPerProject).ToList();
            if (latest.Count == 0)
            {
                text.Append("- ").AppendLine(AppTexts.WerksessieAgendaNoTimeline);
            }

            foreach (var entry in latest)
            {
                var what = entry.Kind == TimelineEntryKind.StatusChange && entry.ToStatus is { } status
                    ? string.Format(culture, AppTexts.WerksessieAgendaStatus, StatusName(status))
                    : KindName(entry.Kind);
                text.Append("- ").Append(entry.AtUtc.ToString("MMMM yyyy", culture)).Append(", ").Append(what);
                if (!string.IsNullOrWhiteSpace(entry.Note))
                {
                    text.Append(": ").Append(Escape(OneLine(entry.Note)));
                }

                text.AppendLine();
            }

            text.AppendLine();
        }

        text.Append("## 3. ").AppendLine(AppTexts.WerksessieAgendaEyeOpener).AppendLine().AppendLine(AppTexts.WerksessieAgendaEyeOpenerText).AppendLine();
        text.Append("## 4. ").AppendLine(AppTexts.WerksessieAgendaDifferently).AppendLine().AppendLine(AppTexts.WerksessieAgendaDifferentlyText).AppendLine();
        text.Append("## 5. ").AppendLine(AppTexts.WerksessieAgendaNextSteps).AppendLine().AppendLine(AppTexts.WerksessieAgendaNextStepsText);
        var agenda = text.ToString().Trim();
        return agenda.Length <= Domain.Werksessies.Werksessie.AgendaMaxLength ? agenda : agenda[..Domain.Werksessies.Werksessie.AgendaMaxLength];
    }

    private static string StatusName(ExperimentStatus status) => AppTexts.ResourceManager.GetString($"Status_{status}", CultureInfo.CurrentUICulture) ?? status.ToString();

    private static string KindName(TimelineEntryKind kind) => AppTexts.ResourceManager.GetString($"TimelineKind_{kind}", CultureInfo.CurrentUICulture) ?? kind.ToString();

    private static string OneLine(string text)
    {
        var line = string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.Length <= 300 ? line : string.Concat(line.AsSpan(0, 300), "…");
    }

    // Project titles and notes are plain text: Markdown's own characters must not turn into markup.
    private static string Escape(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_\[\]#<>|])", @"\$1");
}
