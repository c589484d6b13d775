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
        if (context is not null && context.ChangeTracker.Entries().Any(e =>
                e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && !IsBookkeeping(e.Entity, e.State)))
        {
            _pending.AddOrUpdate(context, Marker);
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
        if (context is null || !_pending.TryGetValue(context, out _))
        {
            return;
        }

        cache.Changed();
        if (context.Database.CurrentTransaction is null)
        {
            _pending.Remove(context);
        }
    }

    private void Committed(DbContext? context)
    {
        if (context is not null && _pending.Remove(context))
        {
            cache.Changed();
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
