using LearningNetwork.Application.LearningAgenda.GetAgenda;
using LearningNetwork.Application.LearningAgenda.ListSchetsboekQuestions;
using LearningNetwork.Application.LearningAgenda.Schetsboek;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.LearningAgenda;

/// <summary>
/// The network's dynamic learning agenda: the schetsboek's open questions it starts from, then the municipalities'
/// open questions by barrier and by theme, and who shares them.
/// </summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public AgendaDto Agenda { get; private set; } = null!;

    public IReadOnlyList<SchetsboekQuestionDto> SchetsboekQuestions { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SchetsboekQuestions = await sender.Send(new ListSchetsboekQuestionsQuery(), cancellationToken);
        Agenda = await sender.Send(new GetAgendaQuery(), cancellationToken);
    }
}
