using FluentValidation;
using LearningNetwork.Application.Common.Exceptions;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using LearningNetwork.Application.LearningAgenda.ChangeQuestionState;
using LearningNetwork.Application.LearningAgenda.DeleteQuestion;
using LearningNetwork.Application.LearningAgenda.LinkAnswer;
using LearningNetwork.Application.LearningAgenda.ReformulateQuestion;
using LearningNetwork.Application.LearningAgenda.SaveQuestion;
using LearningNetwork.Application.LearningAgenda.UnlinkAnswer;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.LearningAgenda;

/// <summary>
/// Who may change a learning question, before its input is validated: a member of the question's municipality
/// (a new one: anyone with a municipality); a question the viewer cannot read is 404.
/// </summary>
internal sealed class QuestionAccess(IAppDbContext db) :
    IAccessRule<SaveQuestionCommand>,
    IAccessRule<ReformulateQuestionCommand>,
    IAccessRule<ChangeQuestionStateCommand>,
    IAccessRule<LinkAnswerCommand>,
    IAccessRule<UnlinkAnswerCommand>,
    IAccessRule<DeleteQuestionCommand>
{
    public async ValueTask DemandAsync(SaveQuestionCommand message, Viewer viewer, CancellationToken cancellationToken)
    {
        if (message.Id is { } id)
        {
            await DemandEditableAsync(id, viewer, cancellationToken);
        }
        else
        {
            Access.Demand(viewer.CanWriteForAMunicipality());
        }
    }

    public ValueTask DemandAsync(ReformulateQuestionCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    public ValueTask DemandAsync(ChangeQuestionStateCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    public ValueTask DemandAsync(LinkAnswerCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.QuestionId, viewer, cancellationToken);

    public ValueTask DemandAsync(UnlinkAnswerCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.QuestionId, viewer, cancellationToken);

    public ValueTask DemandAsync(DeleteQuestionCommand message, Viewer viewer, CancellationToken cancellationToken) =>
        DemandEditableAsync(message.Id, viewer, cancellationToken);

    private async ValueTask DemandEditableAsync(int id, Viewer viewer, CancellationToken cancellationToken)
    {
        var municipalityId = await db.ReadableQuestions(viewer).Where(q => q.Id == id).Select(q => (int?)q.MunicipalityId).SingleOrDefaultAsync(cancellationToken)
            ?? throw NotFoundException.For("LearningQuestion", id);
        Access.Demand(viewer.CanEditContentOf(municipalityId));
    }
}
