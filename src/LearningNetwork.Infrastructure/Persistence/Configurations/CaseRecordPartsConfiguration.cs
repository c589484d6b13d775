using LearningNetwork.Domain.Experiments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

/// <summary>Documents in the database (ADR 0020): every node sees the same files, and a backup of the database holds them.</summary>
internal sealed class ExperimentDocumentConfiguration : IEntityTypeConfiguration<ExperimentDocument>
{
    public void Configure(EntityTypeBuilder<ExperimentDocument> builder)
    {
        builder.Property(d => d.FileName).HasMaxLength(ExperimentDocument.FileNameMaxLength).IsRequired();
        builder.Property(d => d.Caption).HasMaxLength(ExperimentDocument.CaptionMaxLength);
        builder.Property(d => d.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.UploadedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Experiment>().WithMany().HasForeignKey(d => d.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.ExperimentId, d.UploadedAtUtc });

        // The bytes in rows of their own, removed with their document by the database itself (the purge deletes in bulk).
        builder.HasMany(d => d.Contents).WithOne().HasForeignKey(c => c.DocumentId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(d => d.Contents).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class DocumentContentConfiguration : IEntityTypeConfiguration<DocumentContent>
{
    public void Configure(EntityTypeBuilder<DocumentContent> builder)
    {
        builder.HasKey(c => new { c.DocumentId, c.Variant });
        builder.Property(c => c.Bytes).IsRequired();
    }
}

internal sealed class AnchoringDismissalConfiguration : IEntityTypeConfiguration<AnchoringDismissal>
{
    public void Configure(EntityTypeBuilder<AnchoringDismissal> builder)
    {
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(d => d.Reason).HasMaxLength(AnchoringDismissal.ReasonMaxLength).IsRequired();
        builder.Property(d => d.DismissedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Experiment>().WithMany().HasForeignKey(d => d.ExperimentId).OnDelete(DeleteBehavior.Cascade);

        // One per project and kind: two members setting the same flag aside at once keep one reason.
        builder.HasIndex(d => new { d.ExperimentId, d.Kind }).IsUnique();
    }
}

internal sealed class ExperimentRecordTagConfiguration : IEntityTypeConfiguration<ExperimentRecordTag>
{
    public void Configure(EntityTypeBuilder<ExperimentRecordTag> builder)
    {
        builder.HasKey(t => new { t.ExperimentId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(ExperimentRecordTag.MaxLength);

        // The list page filters and counts by tag.
        builder.HasIndex(t => new { t.Tag, t.ExperimentId });
    }
}
