using System.Security.Claims;
using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Infrastructure.Identity;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>The signed-in user of the current request, from the authentication cookie.</summary>
internal sealed class CurrentUser(IHttpContextAccessor accessor) : ICurrentUser
{
    public string? UserId => Principal?.Identity?.IsAuthenticated == true ? Principal.FindFirstValue(ClaimTypes.NameIdentifier) : null;

    public bool IsNetworkAdmin => UserId is not null && Principal!.IsInRole(Roles.NetworkAdmin);

    public bool IsReading => accessor.HttpContext?.Request.Method is { } method && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method));

    private ClaimsPrincipal? Principal => accessor.HttpContext?.User;
}
