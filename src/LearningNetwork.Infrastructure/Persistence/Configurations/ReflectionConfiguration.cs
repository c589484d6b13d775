using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.Moderation;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using LearningNetwork.Infrastructure.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class ReflectionConfiguration : IEntityTypeConfiguration<Reflection>
{
    public void Configure(EntityTypeBuilder<Reflection> builder)
    {
        builder.Property(r => r.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Title).HasMaxLength(Reflection.TitleMaxLength).IsRequired();
        builder.Property(r => r.BodyMarkdown).HasMaxLength(Reflection.BodyMaxLength).IsRequired();
        builder.Property(r => r.BodyHtml).IsRequired();
        builder.Property(r => r.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.Property(r => r.HiddenByUserId).HasMaxLength(450);
        builder.Property(r => r.HiddenReason).HasMaxLength(HideableContent.HiddenReasonMaxLength);
        builder.HasOne<Experiment>().WithMany().HasForeignKey(r => r.ExperimentId).OnDelete(DeleteBehavior.Cascade);
        // No database action: SQL Server refuses a second cascade path from Experiments (via the timeline).
        builder.HasOne<TimelineEntry>().WithMany().HasForeignKey(r => r.TimelineEntryId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(r => r.Lessons).WithOne().HasForeignKey(l => l.ReflectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Barriers).WithOne().HasForeignKey(b => b.ReflectionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Lessons).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Barriers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.ExperimentId, r.CreatedAtUtc });
        builder.HasIndex(r => r.CreatedAtUtc);
    }
}

internal sealed class ReflectionLessonConfiguration : IEntityTypeConfiguration<ReflectionLesson>
{
    public void Configure(EntityTypeBuilder<ReflectionLesson> builder)
    {
        builder.HasKey(l => new { l.ReflectionId, l.LessonNumber });
        builder.HasOne<Lesson>().WithMany().HasForeignKey(l => l.LessonNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.LessonNumber, l.ReflectionId });
    }
}

internal sealed class ReflectionBarrierConfiguration : IEntityTypeConfiguration<ReflectionBarrier>
{
    public void Configure(EntityTypeBuilder<ReflectionBarrier> builder)
    {
        builder.HasKey(b => new { b.ReflectionId, b.BarrierNumber });
        builder.HasOne<Barrier>().WithMany().HasForeignKey(b => b.BarrierNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.BarrierNumber, b.ReflectionId });
    }
}

internal sealed class RecognitionConfiguration : IEntityTypeConfiguration<Recognition>
{
    public void Configure(EntityTypeBuilder<Recognition> builder)
    {
        builder.HasKey(r => new { r.ReflectionId, r.UserId });
        builder.HasOne<Reflection>().WithMany().HasForeignKey(r => r.ReflectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ApplicationUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
