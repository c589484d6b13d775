using LearningNetwork.Application.Memberships.AppointCoordinator;
using LearningNetwork.Application.Memberships.DecideMembershipRequest;
using LearningNetwork.Application.Memberships.RemoveMember;
using LearningNetwork.Application.Memberships.SetCoordinator;
using LearningNetwork.Application.Municipalities.GetMunicipality;
using Mediator;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace LearningNetwork.Web.Pages.Municipalities;

/// <summary>For a municipality's coordinators and the network admins: open requests and the members.</summary>
[Authorize]
public sealed class RequestsModel(ISender sender) : PageModel
{
    public MunicipalityDetailDto Municipality { get; private set; } = null!;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    [TempData]
    public string? Done { get; set; }

    /// <summary>The request whose form was posted, so its reason field alone shows the errors.</summary>
    public int? PostedRequestId { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, cancellationToken) ? Page() : StatusCode(StatusCodes.Status403Forbidden);

    public async Task<IActionResult> OnPostDecideAsync(int id, int requestId, bool approve, CancellationToken cancellationToken)
    {
        PostedRequestId = requestId;
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await sender.Send(new DecideMembershipRequestCommand(requestId, approve, Input.Reason), cancellationToken);
        return Finished(id, approve ? "approved" : "rejected");
    }

    public async Task<IActionResult> OnPostRemoveAsync(int id, string userId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await sender.Send(new RemoveMemberCommand(id, userId), cancellationToken);
        return Finished(id, "removed");
    }

    public async Task<IActionResult> OnPostCoordinatorAsync(int id, string userId, bool coordinator, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await sender.Send(new SetCoordinatorCommand(id, userId, coordinator), cancellationToken);
        return Finished(id, coordinator ? "appointed" : "revoked");
    }

    public async Task<IActionResult> OnPostAppointAsync(int id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return StatusCode(StatusCodes.Status403Forbidden);
        }

        await sender.Send(new AppointCoordinatorCommand(id, Input.Email ?? string.Empty), cancellationToken);
        return Finished(id, "appointed");
    }

    private async Task<bool> LoadAsync(int id, CancellationToken cancellationToken)
    {
        Municipality = await sender.Send(new GetMunicipalityQuery(id), cancellationToken);
        return Municipality.CanManageMembers;
    }

    private RedirectToPageResult Finished(int id, string what)
    {
        Done = what;
        return RedirectToPage(new { id });
    }

    public sealed class InputModel
    {
        public string? Reason { get; set; }

        public string? Email { get; set; }
    }
}
