using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class CommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.Property(c => c.BodyMarkdown).HasMaxLength(Comment.BodyMaxLength).IsRequired();
        builder.Property(c => c.BodyHtml).IsRequired();
        builder.Property(c => c.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.HiddenByUserId).HasMaxLength(450);
        builder.Property(c => c.HiddenReason).HasMaxLength(HideableContent.HiddenReasonMaxLength);
        builder.HasOne<Reflection>().WithMany().HasForeignKey(c => c.ReflectionId).OnDelete(DeleteBehavior.Cascade);

        // A deleted account takes its comments with it (GDPR erasure); reflections stay, without a name.
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(c => c.AuthorUserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(c => new { c.ReflectionId, c.CreatedAtUtc });
        builder.HasIndex(c => c.AuthorUserId);
    }
}

internal sealed class ContentReportConfiguration : IEntityTypeConfiguration<ContentReport>
{
    public void Configure(EntityTypeBuilder<ContentReport> builder)
    {
        builder.ToTable("Reports");
        builder.Property(r => r.Target).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Reason).HasMaxLength(ContentReport.ReasonMaxLength).IsRequired();
        builder.Property(r => r.ReporterUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.ResolvedByUserId).HasMaxLength(450);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.ReporterUserId).OnDelete(DeleteBehavior.Cascade);

        // One report per person per item: a second click reports nothing new.
        builder.HasIndex(r => new { r.Target, r.TargetId, r.ReporterUserId }).IsUnique();
        builder.HasIndex(r => new { r.Outcome, r.CreatedAtUtc });
    }
}
