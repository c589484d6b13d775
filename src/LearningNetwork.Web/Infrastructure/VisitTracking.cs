using System.Security.Claims;
using LearningNetwork.Application.Following.RecordVisit;
using Mediator;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Options;

namespace LearningNetwork.Web.Infrastructure;

/// <summary>
/// Records when a signed-in person was last seen, for "new since your last visit": at most one write per person
/// per minute per node. A gap as long as the session idle timeout starts a new visit.
/// </summary>
internal sealed class VisitTracking(RequestDelegate next, IMemoryCache cache, IOptions<SessionOptions> sessions, TimeProvider clock)
{
    private static readonly TimeSpan Throttle = TimeSpan.FromMinutes(1);

    public async Task InvokeAsync(HttpContext context, ISender sender)
    {
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is not null && HttpMethods.IsGet(context.Request.Method))
        {
            var now = clock.GetUtcNow();
            var key = (nameof(VisitTracking), userId);
            if (!cache.TryGetValue(key, out DateTimeOffset last) || now - last >= Throttle)
            {
                cache.Set(key, now, TimeSpan.FromMinutes(sessions.Value.IdleMinutes));
                await sender.Send(new RecordVisitCommand(TimeSpan.FromMinutes(sessions.Value.IdleMinutes)), context.RequestAborted);
            }
        }

        await next(context);
    }
}
