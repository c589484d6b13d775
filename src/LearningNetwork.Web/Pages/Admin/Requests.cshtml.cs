using LearningNetwork.Application.Memberships.ListPendingRequests;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Admin;

public sealed class RequestsModel(ISender sender) : PageModel
{
    public IReadOnlyList<NetworkPendingRequestDto> Requests { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Requests = await sender.Send(new ListPendingRequestsQuery(), cancellationToken);
}
