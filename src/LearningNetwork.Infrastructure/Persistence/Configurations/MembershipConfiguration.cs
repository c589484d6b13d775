using LearningNetwork.Domain.Membership;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.Property(m => m.Role).HasConversion<string>().HasMaxLength(20);

        // One municipality per person at a time.
        builder.HasIndex(m => m.UserId).IsUnique();
        builder.HasIndex(m => new { m.MunicipalityId, m.Role });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MembershipRequestConfiguration : IEntityTypeConfiguration<MembershipRequest>
{
    public void Configure(EntityTypeBuilder<MembershipRequest> builder)
    {
        builder.Property(r => r.Motivation).HasMaxLength(MembershipRequest.MotivationMaxLength).IsRequired();
        builder.Property(r => r.Reason).HasMaxLength(MembershipRequest.ReasonMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20).IsConcurrencyToken();
        builder.Property(r => r.DecidedByUserId).HasMaxLength(450);
        builder.Ignore(r => r.IsPending);

        // At most one open request per person; the filter is plain SQL that SQLite and SQL Server both read.
        builder.HasIndex(r => r.UserId).IsUnique().HasFilter("Status = 'Pending'").HasDatabaseName("IX_MembershipRequests_OnePendingPerUser");
        builder.HasIndex(r => new { r.MunicipalityId, r.Status });
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Municipality>().WithMany().HasForeignKey(r => r.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
