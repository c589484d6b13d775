using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda.AdoptSchetsboekQuestion;
using LearningNetwork.Application.LearningAgenda.LinkSchetsboekAnswer;
using LearningNetwork.Application.LearningAgenda.UnlinkSchetsboekAnswer;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda.Schetsboek;

/// <summary>
/// Who may answer or adopt a question of the schetsboek: any member of a municipality (the questions are the
/// network's); an unknown key is 404. A link is undone by whoever made it, or by a network admin.
/// </summary>
internal sealed class SchetsboekAnswers(IAppDbContext db) :
    IAccessRule<LinkSchetsboekAnswerCommand>,
    IAccessRule<UnlinkSchetsboekAnswerCommand>,
    IAccessRule<AdoptSchetsboekQuestionCommand>
{
    public static bool CanUnlink(Viewer viewer, string linkedByUserId) =>
        viewer.CanModerate() || (viewer.UserId is not null && viewer.UserId == linkedByUserId);

    /// <summary>The question with its answers, once access was granted.</summary>
    public static async Task<SourcedQuestion> LoadAsync(IAppDbContext db, string key, CancellationToken cancellationToken) =>
        await db.SourcedQuestions.Include(q => q.Answers).Include(q => q.Barriers).Include(q => q.Themes).SingleOrDefaultAsync(q => q.Key == key, cancellationToken)
            ?? throw NotFoundException.For("SchetsboekQuestion", key);

    public ValueTask DemandAsync(LinkSchetsboekAnswerCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandMemberAsync(message.Key, viewer, cancellationToken);

    public async ValueTask DemandAsync(UnlinkSchetsboekAnswerCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        Access.Demand(viewer.IsAuthenticated);
        var linkedBy = await db.SourcedQuestions.Where(q => q.Key == message.Key).SelectMany(q => q.Answers)
            .Where(a => a.ReflectionId == message.ReflectionId).Select(a => a.LinkedByUserId)
            .SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("Answer", message.ReflectionId);
        Access.Demand(CanUnlink(viewer, linkedBy));
    }

    public ValueTask DemandAsync(AdoptSchetsboekQuestionCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandMemberAsync(message.Key, viewer, cancellationToken);

    private async ValueTask DemandMemberAsync(string key, Viewer viewer, CancellationToken cancellationToken)
    {
        if (!await db.SourcedQuestions.AnyAsync(q => q.Key == key, cancellationToken))
        {
            throw NotFoundException.For("SchetsboekQuestion", key);
        }

        Access.Demand(viewer.CanWriteForAMunicipality());
    }
}
