using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Application.Common.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace LearningNetwork.Application.Werksessies.GetWerksessieCalendar;

/// <summary>
/// A werksessie as an iCalendar file to download (METHOD PUBLISH, the same UID and sequence as the mails), for the
/// organiser, who gets no invitation mail, and for anyone who may read it.
/// </summary>
public sealed record GetWerksessieCalendarQuery(int Id) : IQuery<string>, ISignedInOnly;

public sealed class GetWerksessieCalendarHandler(IAppDbContext db, ViewerProvider viewers, IPortalLinks links, ICalendarWriter calendar, TimeProvider clock) : IQueryHandler<GetWerksessieCalendarQuery, string>
{
    public async ValueTask<string> Handle(GetWerksessieCalendarQuery query, CancellationToken cancellationToken)
    {
        var viewer = await viewers.GetAsync(cancellationToken);
        await WerksessieAccess.ReadableAsync(db, query.Id, viewer, cancellationToken);
        var werksessie = await db.Werksessies.AsNoTracking().Include(w => w.Invitations).SingleAsync(w => w.Id == query.Id, cancellationToken);
        var data = await WerksessieMails.LoadAsync(db, werksessie, cancellationToken);
        var method = werksessie.State == Domain.Werksessies.WerksessieState.Cancelled ? CalendarMethod.Cancel : CalendarMethod.Publish;
        return calendar.Write(WerksessieMails.Event(data, method, links.Absolute($"/werksessies/{werksessie.Id}"), clock.GetUtcNow().UtcDateTime));
    }
}
