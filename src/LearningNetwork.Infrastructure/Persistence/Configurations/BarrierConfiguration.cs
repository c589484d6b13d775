using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class BarrierConfiguration : IEntityTypeConfiguration<Barrier>
{
    public void Configure(EntityTypeBuilder<Barrier> builder)
    {
        builder.HasKey(b => b.Number);
        builder.Property(b => b.Number).ValueGeneratedNever();
        builder.HasLocalizedText(b => b.Title, "Title", 200);
        builder.HasLocalizedText(b => b.Description, "Description", 2000);
        builder.HasMany(b => b.HelpfulLessons).WithOne().HasForeignKey(h => h.BarrierNumber);
        builder.Navigation(b => b.HelpfulLessons).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class BarrierLessonConfiguration : IEntityTypeConfiguration<BarrierLesson>
{
    public void Configure(EntityTypeBuilder<BarrierLesson> builder)
    {
        builder.ToTable("BarrierHelpfulLessons");
        builder.HasKey(h => new { h.BarrierNumber, h.LessonNumber });
        builder.HasOne<Lesson>().WithMany().HasForeignKey(h => h.LessonNumber);
    }
}
