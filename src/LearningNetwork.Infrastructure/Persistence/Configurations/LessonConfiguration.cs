using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class LessonConfiguration : IEntityTypeConfiguration<Lesson>
{
    public void Configure(EntityTypeBuilder<Lesson> builder)
    {
        builder.HasKey(l => l.Number);
        builder.Property(l => l.Number).ValueGeneratedNever();
        builder.Property(l => l.Group).HasConversion<string>().HasMaxLength(20);
        builder.HasLocalizedText(l => l.Title, "Title", 200);
        builder.HasLocalizedText(l => l.Description, "Description", 2000);
    }
}
