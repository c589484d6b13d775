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
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace LearningNetwork.Application.Common.Interfaces;

/// <summary>A person with an account, as the use cases see them.</summary>
/// <remarks>Init properties, not a positional record: EF Core can translate joins and filters on member-initialised projections.</remarks>
public sealed record Person
{
    public required string Id { get; init; }

    public required string DisplayName { get; init; }

    public required string Email { get; init; }

    public string? JobTitle { get; init; }

    public required string PreferredLanguage { get; init; }

    /// <summary>Whether the weekly digest is switched on.</summary>
    public bool WeeklyDigest { get; init; }

    public bool EmailConfirmed { get; init; }

    /// <summary>Blocked by a network admin: signs in nowhere, gets no mail of any kind.</summary>
    public bool Blocked { get; init; }

    public DateTime CreatedAtUtc { get; init; }
}

/// <summary>What the use cases need of the database: the sets and one unit of work per command.</summary>
public interface IAppDbContext
{
    DbSet<Lesson> Lessons { get; }

    DbSet<Barrier> Barriers { get; }

    /// <summary>The schetsboek's own examples (seeded in every installation, read-only).</summary>
    DbSet<SourcedExample> SourcedExamples { get; }

    DbSet<SourcedQuestion> SourcedQuestions { get; }

    DbSet<CouplingTheme> Themes { get; }

    DbSet<Municipality> Municipalities { get; }

    /// <summary>All experiments, soft-deleted ones included; read through <see cref="Security.Readable.ReadableExperiments"/> (live and visible to the viewer).</summary>
    DbSet<Experiment> Experiments { get; }

    DbSet<Reflection> Reflections { get; }

    DbSet<Recognition> Recognitions { get; }

    /// <summary>Comments on reflections; they have their reflection's visibility.</summary>
    DbSet<Comment> Comments { get; }

    /// <summary>Reports of reflections and comments to the moderators.</summary>
    DbSet<ContentReport> Reports { get; }

    DbSet<Follow> Follows { get; }

    DbSet<Visit> Visits { get; }

    /// <summary>The learning agenda; read through <c>ReadableQuestions(viewer)</c>.</summary>
    DbSet<LearningQuestion> LearningQuestions { get; }

    /// <summary>Mail waiting to go out (or failed); delivered mail is removed.</summary>
    DbSet<OutboxMessage> OutboxMessages { get; }

    /// <summary>One row per person and ISO week: the weekly digest's exactly-once record.</summary>
    DbSet<DigestDelivery> DigestDeliveries { get; }

    DbSet<Membership> Memberships { get; }

    DbSet<MembershipRequest> MembershipRequests { get; }

    /// <summary>Append only: entries are added, never changed or removed.</summary>
    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>What each person is told about in the portal, once per event.</summary>
    DbSet<Notification> Notifications { get; }

    /// <summary>Werksessies proposed between municipalities, with their invitations.</summary>
    DbSet<Werksessie> Werksessies { get; }

    /// <summary>Who is invited to which werksessie, with their answer and reminder.</summary>
    DbSet<WerksessieInvitation> WerksessieInvitations { get; }

    /// <summary>What werksessies yielded: eye-openers, rewordings and next steps.</summary>
    DbSet<WerksessieHarvest> WerksessieHarvests { get; }

    DbSet<HarvestNextStep> HarvestNextSteps { get; }

    /// <summary>The works of the projects' case records, as rows: the coupling-window radar.</summary>
    /// <summary>Files attached to case records; their bytes are in <see cref="DocumentContents"/>.</summary>
    DbSet<ExperimentDocument> ExperimentDocuments { get; }

    DbSet<DocumentContent> DocumentContents { get; }

    /// <summary>Flags of the anchoring watch that members set aside, with their reason.</summary>
    DbSet<AnchoringDismissal> AnchoringDismissals { get; }

    DbSet<ExperimentWork> ExperimentWorks { get; }

    /// <summary>Per person and kind, when not the default: at once, weekly or not by mail.</summary>
    DbSet<NotificationPreference> NotificationPreferences { get; }

    /// <summary>The hashes of the private Atom feed tokens.</summary>
    DbSet<NotificationFeed> NotificationFeeds { get; }

    /// <summary>The site-wide search's documents, written by the database context itself (read them only).</summary>
    DbSet<SearchEntry> SearchEntries { get; }

    /// <summary>The people with an account, for joining to memberships, requests and the audit log.</summary>
    IQueryable<Person> People { get; }

    /// <summary>The people with the network-admin role.</summary>
    IQueryable<Person> NetworkAdmins { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>Forgets every tracked entity (after a refused save, or between independent units of work).</summary>
    void ClearChangeTracker();

    /// <summary>The change tracker's view of one entity (for the version token's original value).</summary>
    EntityEntry<TEntity> Entry<TEntity>(TEntity entity)
        where TEntity : class;

    /// <summary>
    /// For the few commands that must save twice (a new id first) yet stay all-or-nothing: runs the work in one
    /// transaction inside the provider's execution strategy. After a transient failure the whole work runs
    /// again on an empty change tracker, so it must load what it changes itself. When the failure struck the
    /// commit itself, the transaction may have landed all the same: <paramref name="landed"/> looks in the
    /// database first and returns the result if so, so the work is not done twice.
    /// </summary>
    Task<T> InTransactionAsync<T>(Func<CancellationToken, Task<T>> work, Func<CancellationToken, Task<(bool Landed, T Result)>> landed, CancellationToken cancellationToken);
}
