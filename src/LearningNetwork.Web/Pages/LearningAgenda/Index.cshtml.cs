using LearningNetwork.Application.LearningAgenda.GetAgenda;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.LearningAgenda;

/// <summary>The network's dynamic learning agenda: open questions by barrier and by theme, and who shares them.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public AgendaDto Agenda { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Agenda = await sender.Send(new GetAgendaQuery(), cancellationToken);
}
