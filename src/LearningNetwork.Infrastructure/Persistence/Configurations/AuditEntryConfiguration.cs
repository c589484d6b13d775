using LearningNetwork.Domain.Audit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.ToTable("AuditLog");
        builder.Property(a => a.Action).HasConversion<string>().HasMaxLength(40);
        builder.Property(a => a.ActorUserId).HasMaxLength(450);
        builder.Property(a => a.SubjectUserId).HasMaxLength(450);
        builder.Property(a => a.Details).HasMaxLength(AuditEntry.DetailsMaxLength);

        // No foreign keys to people: the log outlives deleted accounts and holds ids only.
        builder.HasIndex(a => a.AtUtc);
        builder.HasIndex(a => new { a.Action, a.AtUtc });
        builder.HasIndex(a => new { a.MunicipalityId, a.AtUtc });
    }
}
