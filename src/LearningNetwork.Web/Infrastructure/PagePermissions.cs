using LearningNetwork.Application.Common.Security;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>The viewer's <see cref="Permissions"/> for views (<c>@inject</c> in _ViewImports), from the request's one <see cref="Viewer"/>.</summary>
public sealed class PagePermissions(ViewerProvider viewers, IHttpContextAccessor http)
{
    public async Task<Permissions> GetAsync() => Permissions.Of(await viewers.GetAsync(http.HttpContext?.RequestAborted ?? CancellationToken.None));
}
