using System.Globalization;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using LearningNetwork.Domain.Common;
using LearningNetwork.Domain.LearningAgenda;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.AdoptSchetsboekQuestion;

/// <summary>
/// A member puts a question of the schetsboek on their municipality's own agenda: a learning question in the
/// member's language, with the schetsboek's barriers and themes, visible to the network, that remembers where it
/// came from and can then be reworded. Adopting again returns the municipality's earlier adoption.
/// </summary>
public sealed record AdoptSchetsboekQuestionCommand(string Key) : ICommand<int>;

public sealed class AdoptSchetsboekQuestionHandler(IAppDbContext db, ViewerProvider viewers, TimeProvider clock) : ICommandHandler<AdoptSchetsboekQuestionCommand, int>
{
    public async ValueTask<int> Handle(AdoptSchetsboekQuestionCommand command, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        var municipalityId = viewer.MunicipalityId!.Value;
        var source = await SchetsboekAnswers.LoadAsync(db, command.Key, cancellationToken);
        var earlier = await db.LearningQuestions.Where(l => l.SourcedQuestionId == source.Id && l.MunicipalityId == municipalityId)
            .OrderBy(l => l.Id).Select(l => (int?)l.Id).FirstOrDefaultAsync(cancellationToken);
        if (earlier is { } id)
        {
            return id;
        }

        var text = source.Text.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName);
        var question = new LearningQuestion(
            municipalityId,
            null,
            text,
            Visibility.Network,
            [.. source.Barriers.Select(b => b.BarrierNumber)],
            [.. source.Themes.Select(t => t.ThemeKey)],
            viewer.UserId!,
            clock.GetUtcNow().UtcDateTime,
            source.Id);
        db.LearningQuestions.Add(question);
        await db.SaveChangesAsync(cancellationToken);
        return question.Id;
    }
}
