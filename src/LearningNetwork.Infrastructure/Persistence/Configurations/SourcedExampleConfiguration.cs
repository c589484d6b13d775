using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class SourcedExampleConfiguration : IEntityTypeConfiguration<SourcedExample>
{
    public void Configure(EntityTypeBuilder<SourcedExample> builder)
    {
        builder.Property(e => e.Key).HasMaxLength(SourcedExample.KeyMaxLength).IsRequired();
        builder.HasIndex(e => e.Key).IsUnique();
        builder.Property(e => e.Place).HasMaxLength(100);
        builder.Property(e => e.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Reference).HasMaxLength(200);
        builder.Property(e => e.SourceUrl).HasMaxLength(400);
        builder.HasLocalizedText(e => e.Title, "Title", 200);
        builder.HasLocalizedText(e => e.Summary, "Summary", 2000);
        builder.HasLocalizedText(e => e.Where, "Where", 200);
        foreach (var navigation in new[] { nameof(SourcedExample.Municipalities), nameof(SourcedExample.Themes), nameof(SourcedExample.Barriers), nameof(SourcedExample.Lessons), nameof(SourcedExample.Quotes) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasMany(e => e.Municipalities).WithOne().HasForeignKey(m => m.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Themes).WithOne().HasForeignKey(t => t.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Barriers).WithOne().HasForeignKey(b => b.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Lessons).WithOne().HasForeignKey(l => l.ExampleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Quotes).WithOne().HasForeignKey(q => q.ExampleId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourcedExampleMunicipalityConfiguration : IEntityTypeConfiguration<SourcedExampleMunicipality>
{
    public void Configure(EntityTypeBuilder<SourcedExampleMunicipality> builder)
    {
        builder.HasKey(m => new { m.ExampleId, m.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.MunicipalityId, m.ExampleId });
    }
}

internal sealed class SourcedExampleThemeConfiguration : IEntityTypeConfiguration<SourcedExampleTheme>
{
    public void Configure(EntityTypeBuilder<SourcedExampleTheme> builder)
    {
        builder.HasKey(t => new { t.ExampleId, t.ThemeKey });
        builder.Property(t => t.ThemeKey).HasMaxLength(CouplingTheme.KeyMaxLength);
        builder.HasOne<CouplingTheme>().WithMany().HasForeignKey(t => t.ThemeKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ThemeKey, t.ExampleId });
    }
}

internal sealed class SourcedExampleBarrierConfiguration : IEntityTypeConfiguration<SourcedExampleBarrier>
{
    public void Configure(EntityTypeBuilder<SourcedExampleBarrier> builder)
    {
        builder.HasKey(b => new { b.ExampleId, b.BarrierNumber });
        builder.HasOne<Barrier>().WithMany().HasForeignKey(b => b.BarrierNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.BarrierNumber, b.ExampleId });
    }
}

internal sealed class SourcedExampleLessonConfiguration : IEntityTypeConfiguration<SourcedExampleLesson>
{
    public void Configure(EntityTypeBuilder<SourcedExampleLesson> builder)
    {
        builder.HasKey(l => new { l.ExampleId, l.LessonNumber });
        builder.HasOne<Lesson>().WithMany().HasForeignKey(l => l.LessonNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.LessonNumber, l.ExampleId });
    }
}

internal sealed class SourcedQuoteConfiguration : IEntityTypeConfiguration<SourcedQuote>
{
    public void Configure(EntityTypeBuilder<SourcedQuote> builder)
    {
        builder.HasKey(q => new { q.ExampleId, q.Order });
        builder.Property(q => q.Text).HasMaxLength(SourcedQuote.TextMaxLength).IsRequired();
        builder.Property(q => q.Speaker).HasMaxLength(SourcedQuote.SpeakerMaxLength).IsRequired();
    }
}
