using LearningNetwork.Application.Common.Interfaces;
using LearningNetwork.Domain.Audit;
using LearningNetwork.Domain.Digests;
using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Following;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Mail;
using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Notifications;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Search;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Domain.Werksessies;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace LearningNetwork.Infrastructure.Persistence;

public sealed class AppDbContext(DbContextOptions<AppDbContext> options)
    : IdentityDbContext<ApplicationUser>(options), IAppDbContext, IDataProtectionKeyContext
{
    public DbSet<Lesson> Lessons => Set<Lesson>();

    public DbSet<Barrier> Barriers => Set<Barrier>();

    public DbSet<SourcedExample> SourcedExamples => Set<SourcedExample>();

    public DbSet<SourcedQuestion> SourcedQuestions => Set<SourcedQuestion>();

    public DbSet<CouplingTheme> Themes => Set<CouplingTheme>();

    public DbSet<Municipality> Municipalities => Set<Municipality>();

    public DbSet<Experiment> Experiments => Set<Experiment>();

    public DbSet<Reflection> Reflections => Set<Reflection>();

    public DbSet<Recognition> Recognitions => Set<Recognition>();

    public DbSet<Comment> Comments => Set<Comment>();

    public DbSet<ContentReport> Reports => Set<ContentReport>();

    public DbSet<Follow> Follows => Set<Follow>();

    public DbSet<Visit> Visits => Set<Visit>();

    public DbSet<LearningQuestion> LearningQuestions => Set<LearningQuestion>();

    /// <summary>The data-protection key ring: shared by every node and kept across restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<DigestDelivery> DigestDeliveries => Set<DigestDelivery>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<MembershipRequest> MembershipRequests => Set<MembershipRequest>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<SearchEntry> SearchEntries => Set<SearchEntry>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<Werksessie> Werksessies => Set<Werksessie>();

    public DbSet<WerksessieInvitation> WerksessieInvitations => Set<WerksessieInvitation>();

    public DbSet<WerksessieHarvest> WerksessieHarvests => Set<WerksessieHarvest>();

    public DbSet<HarvestNextStep> HarvestNextSteps => Set<HarvestNextStep>();

    public DbSet<ExperimentWork> ExperimentWorks => Set<ExperimentWork>();

    public DbSet<ExperimentDocument> ExperimentDocuments => Set<ExperimentDocument>();

    public DbSet<DocumentContent> DocumentContents => Set<DocumentContent>();

    public DbSet<AnchoringDismissal> AnchoringDismissals => Set<AnchoringDismissal>();

    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();

    public DbSet<NotificationFeed> NotificationFeeds => Set<NotificationFeed>();

    /// <summary>A blocked account is locked out for ever (<see cref="Identity.PeopleAdministration.SetDisabledAsync"/>).</summary>
    public static readonly DateTimeOffset BlockedUntil = DateTimeOffset.MaxValue;

    public IQueryable<Person> People =>
        Users.AsNoTracking().Select(u => new Person
        {
            Id = u.Id, DisplayName = u.DisplayName, Email = u.Email!, JobTitle = u.JobTitle, PreferredLanguage = u.PreferredLanguage, WeeklyDigest = u.WeeklyDigest, EmailConfirmed = u.EmailConfirmed, CreatedAtUtc = u.CreatedAtUtc, Blocked = u.LockoutEnd == BlockedUntil,
        });

    public IQueryable<Person> NetworkAdmins =>
        from user in Users.AsNoTracking()
        join userRole in UserRoles on user.Id equals userRole.UserId
        join role in Roles on userRole.RoleId equals role.Id
        where role.Name == Identity.Roles.NetworkAdmin
        select new Person
        {
            Id = user.Id, DisplayName = user.DisplayName, Email = user.Email!, JobTitle = user.JobTitle, PreferredLanguage = user.PreferredLanguage, WeeklyDigest = user.WeeklyDigest, EmailConfirmed = user.EmailConfirmed, CreatedAtUtc = user.CreatedAtUtc, Blocked = user.LockoutEnd == BlockedUntil,
        };

    public void ClearChangeTracker() => ChangeTracker.Clear();

    public Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<CancellationToken, Task<(bool Landed, T Result)>> landed, CancellationToken cancellationToken)
    {
        var attempt = 0;
        return Database.CreateExecutionStrategy().ExecuteAsync<object?, T>(
            null,
            async (_, _, token) =>
            {
                if (attempt++ > 0)
                {
                    ChangeTracker.Clear();
                }

                await using var transaction = await Database.BeginTransactionAsync(token);
                var result = await work(token);
                await transaction.CommitAsync(token);
                return result;
            },
            async (_, _, token) =>
            {
                ChangeTracker.Clear();
                var (wasLanded, result) = await landed(token);
                return new ExecutionResult<T>(wasLanded, result);
            },
            cancellationToken);
    }

    /// <summary>
    /// For the framework parts that save synchronously (the data-protection key store). A change to an experiment
    /// must go through <see cref="SaveChangesAsync(bool, CancellationToken)"/>, which updates the search index in the
    /// same transaction; here it is refused rather than saved with the index left behind.
    /// </summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        GuardAuditLog();
        if ((Database.IsSqlite() && Search.ExperimentSearchIndex.Touched(this).Count + ChangeTracker.Entries<Experiment>().Count(e => e.State == EntityState.Added) > 0)
            || Search.SiteSearchIndex.Touched(this).Count > 0)
        {
            throw new InvalidOperationException("Content is saved with SaveChangesAsync, which keeps the search indexes in the same transaction.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        GuardAuditLog();

        // New items get their id only from the save, so they are picked up after it. The save and the index
        // updates are one transaction (or part of the caller's), so neither lands without the other.
        var sqlite = Database.IsSqlite();
        var touched = sqlite ? Search.ExperimentSearchIndex.Touched(this) : [];
        var added = sqlite ? ChangeTracker.Entries<Experiment>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList() : [];
        var site = Search.SiteSearchIndex.Touched(this);
        if (touched.Count == 0 && added.Count == 0 && site.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        async Task IndexAsync(CancellationToken token)
        {
            if (sqlite)
            {
                var newIds = added.Select(e => Entry(e).Property(p => p.Id).CurrentValue);
                await Search.ExperimentSearchIndex.UpdateAsync(this, touched.Concat(newIds), token);
            }

            var items = site.Select(item => item()).ToList();
            var fresh = items.GroupBy(i => (i.Kind, i.Id)).Where(g => g.All(i => i.New)).Select(g => g.Key).ToHashSet();
            await Search.SiteSearchIndex.UpdateAsync(this, items.Select(i => (i.Kind, i.Id)), token, fresh);
        }

        if (Database.CurrentTransaction is not null)
        {
            var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await IndexAsync(cancellationToken);
            return saved;
        }

        // Changes are accepted only after the commit, so a retry saves them again. SQLite takes the write lock as
        // the transaction begins (BEGIN IMMEDIATE), so a busy file shows there, before anything is written.
        var count = await Database.CreateExecutionStrategy().ExecuteAsync(
            async token =>
            {
                await using var transaction = await Database.BeginTransactionAsync(token);
                var saved = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, token);
                await IndexAsync(token);
                await transaction.CommitAsync(token);
                return saved;
            },
            cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return count;
    }

    /// <summary>The audit log is append-only: a change or removal of an entry is a programming error.</summary>
    private void GuardAuditLog()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are never changed or removed.");
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }
}
