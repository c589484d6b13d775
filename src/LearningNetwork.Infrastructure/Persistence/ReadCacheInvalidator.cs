using System.Data.Common;
using System.Runtime.CompilerServices;
using LearningNetwork.Application.Common.Caching;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.Mail;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace LearningNetwork.Infrastructure.Persistence;

/// <summary>
/// Retires the read cache after every save that changed something a cached read may show (projects, reflections,
/// comments, recognitions, follows, questions, municipalities, memberships: all but bookkeeping), and once more when
/// the transaction around such a save commits: until then other requests still read the data from before it, and
/// what they cache in between carries the new version.
/// </summary>
public sealed class ReadCacheInvalidator(ReadCache cache) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    private static readonly object Marker = new();

    // The save also changes a project as the list sees it, so the list's index is loaded again.
    private static readonly object ListMarker = new();

    // What the project list never shows or filters on: a save of only these leaves its index as it is.
    private static readonly string[] OutsideTheList =
    [
        typeof(Domain.Reflections.Reflection).Namespace!, typeof(Follow).Namespace!, typeof(Domain.Notifications.Notification).Namespace!,
        typeof(Domain.LearningAgenda.LearningQuestion).Namespace!, typeof(Domain.Werksessies.Werksessie).Namespace!, typeof(Membership).Namespace!, typeof(Domain.Search.SearchEntry).Namespace!,
    ];

    // The contexts whose running save changes what the cache counts; noted before the save, acted on after it.
    private readonly ConditionalWeakTable<DbContext, object> _pending = [];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Retire(eventData.Context);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Retire(eventData.Context);
        return base.SavedChanges(eventData, result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Committed(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Committed(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Forget(eventData.Context);

    public override Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return base.SaveChangesCanceledAsync(eventData, cancellationToken);
    }

    public override void SaveChangesCanceled(DbContextEventData eventData)
    {
        Forget(eventData.Context);
        base.SaveChangesCanceled(eventData);
    }

    public override Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return base.SaveChangesFailedAsync(eventData, cancellationToken);
    }

    public override void SaveChangesFailed(DbContextErrorEventData eventData)
    {
        Forget(eventData.Context);
        base.SaveChangesFailed(eventData);
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !IsBookkeeping(e.Entity, e.State))
            .Select(e => e.Entity.GetType().Namespace)
            .ToList();
        if (changed.Count > 0)
        {
            var list = changed.Any(space => !OutsideTheList.Contains(space)) || (_pending.TryGetValue(context, out var noted) && noted == ListMarker);
            _pending.AddOrUpdate(context, list ? ListMarker : Marker);
        }
    }

    /// <summary>
    /// What no cached read shows: sign-in data, visits, mail, digests, the audit log, reports and requests, keys. A
    /// save of anything else retires the cache, so a type added later is safe by default. A deleted account is not
    /// bookkeeping: the database removes its follows, comments, recognitions and membership with it.
    /// </summary>
    private static bool IsBookkeeping(object entity, EntityState state) => entity switch
    {
        ApplicationUser => state != EntityState.Deleted,
        IdentityUserClaim<string> or IdentityUserLogin<string> or IdentityUserToken<string> or IdentityUserRole<string> or IdentityRole or IdentityRoleClaim<string> => true,
        Visit or OutboxMessage or DigestDelivery or AuditEntry or ContentReport or MembershipRequest or DataProtectionKey => true,
        _ => false,
    };

    private void Retire(DbContext? context)
    {
        if (context is null || !_pending.TryGetValue(context, out var noted))
        {
            return;
        }

        cache.Changed(list: noted == ListMarker);
        if (context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.TryGetValue(context, out var noted) && _pending.Remove(context))
        {
            cache.Changed(list: noted == ListMarker);
        }
    }

    private void Forget(DbContext? context)
    {
        if (context is not null)
        {
            _pending.Remove(context);
        }
    }
}
