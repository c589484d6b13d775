using FluentValidation;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.GetAgenda;

public sealed record AgendaGroupDto(string Key, LocalizedText Title, IReadOnlyList<SharedByDto> Municipalities, IReadOnlyList<QuestionSummaryDto> Questions);

public sealed record AgendaDto(IReadOnlyList<AgendaGroupDto> ByBarrier, IReadOnlyList<AgendaGroupDto> ByTheme, int OpenQuestions, int Municipalities);

/// <summary>The network's open (and reformulated) questions, grouped by barrier and by theme, with who shares them.</summary>
public sealed record GetAgendaQuery : IQuery<AgendaDto>;

public sealed class GetAgendaHandler(IAppDbContext db, ViewerProvider viewers) : IQueryHandler<GetAgendaQuery, AgendaDto>
{
    public const int MaxQuestions = 500;

    public async ValueTask<AgendaDto> Handle(GetAgendaQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var open = await QuestionSummaries.LoadAsync(
            db,
            viewer,
            db.ReadableQuestions(viewer).AsNoTracking().Where(q => q.State != QuestionState.Answered).OrderByDescending(q => q.UpdatedAtUtc).ThenByDescending(q => q.Id).Take(MaxQuestions),
            cancellationToken);
        var barriers = await db.Barriers.OrderBy(b => b.Number).Select(b => new { b.Number, Title = new LocalizedText(b.Title.Nl, b.Title.En) }).ToListAsync(cancellationToken);
        var themes = await db.Themes.OrderBy(t => t.SortOrder).Select(t => new { t.Key, Title = new LocalizedText(t.Title.Nl, t.Title.En) }).ToListAsync(cancellationToken);

        static AgendaGroupDto Group(string key, LocalizedText title, List<QuestionSummaryDto> questions) => new(
            key,
            title,
            questions.GroupBy(q => (q.MunicipalityId, q.Municipality))
                .Select(g => new SharedByDto(g.Key.MunicipalityId, g.Key.Municipality, g.Count()))
                .OrderByDescending(s => s.OpenQuestions).ThenBy(s => s.Municipality, StringComparer.CurrentCulture).ToList(),
            questions);

        return new AgendaDto(
            barriers.Select(b => Group(b.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), b.Title, open.Where(q => q.Barriers.Contains(b.Number)).ToList()))
                .Where(g => g.Questions.Count > 0).ToList(),
            themes.Select(t => Group(t.Key, t.Title, open.Where(q => q.Themes.Contains(t.Key)).ToList()))
                .Where(g => g.Questions.Count > 0).ToList(),
            open.Count,
            open.Select(q => q.MunicipalityId).Distinct().Count());
    }
}
