using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class SourcedQuestionConfiguration : IEntityTypeConfiguration<SourcedQuestion>
{
    public void Configure(EntityTypeBuilder<SourcedQuestion> builder)
    {
        builder.Property(q => q.Key).HasMaxLength(SourcedExample.KeyMaxLength).IsRequired();
        builder.HasIndex(q => q.Key).IsUnique();
        builder.HasLocalizedText(q => q.Text, "Text", 500);
        builder.HasLocalizedText(q => q.Where, "Where", 200);
        builder.Property(q => q.QuoteText).HasMaxLength(SourcedQuote.TextMaxLength).IsRequired();
        builder.Property(q => q.QuoteSpeaker).HasMaxLength(SourcedQuote.SpeakerMaxLength).IsRequired();
        foreach (var navigation in new[] { nameof(SourcedQuestion.Municipalities), nameof(SourcedQuestion.Themes), nameof(SourcedQuestion.Barriers), nameof(SourcedQuestion.Lessons), nameof(SourcedQuestion.Answers) })
        {
            builder.Navigation(navigation).UsePropertyAccessMode(PropertyAccessMode.Field);
        }

        builder.HasMany(q => q.Municipalities).WithOne().HasForeignKey(m => m.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Themes).WithOne().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Barriers).WithOne().HasForeignKey(b => b.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Lessons).WithOne().HasForeignKey(l => l.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Answers).WithOne().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SourcedQuestionMunicipalityConfiguration : IEntityTypeConfiguration<SourcedQuestionMunicipality>
{
    public void Configure(EntityTypeBuilder<SourcedQuestionMunicipality> builder)
    {
        builder.HasKey(m => new { m.QuestionId, m.MunicipalityId });
        builder.HasOne<Municipality>().WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.MunicipalityId, m.QuestionId });
    }
}

internal sealed class SourcedQuestionThemeConfiguration : IEntityTypeConfiguration<SourcedQuestionTheme>
{
    public void Configure(EntityTypeBuilder<SourcedQuestionTheme> builder)
    {
        builder.HasKey(t => new { t.QuestionId, t.ThemeKey });
        builder.Property(t => t.ThemeKey).HasMaxLength(CouplingTheme.KeyMaxLength);
        builder.HasOne<CouplingTheme>().WithMany().HasForeignKey(t => t.ThemeKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ThemeKey, t.QuestionId });
    }
}

internal sealed class SourcedQuestionBarrierConfiguration : IEntityTypeConfiguration<SourcedQuestionBarrier>
{
    public void Configure(EntityTypeBuilder<SourcedQuestionBarrier> builder)
    {
        builder.HasKey(b => new { b.QuestionId, b.BarrierNumber });
        builder.HasOne<Barrier>().WithMany().HasForeignKey(b => b.BarrierNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.BarrierNumber, b.QuestionId });
    }
}

internal sealed class SourcedQuestionLessonConfiguration : IEntityTypeConfiguration<SourcedQuestionLesson>
{
    public void Configure(EntityTypeBuilder<SourcedQuestionLesson> builder)
    {
        builder.HasKey(l => new { l.QuestionId, l.LessonNumber });
        builder.HasOne<Lesson>().WithMany().HasForeignKey(l => l.LessonNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.LessonNumber, l.QuestionId });
    }
}

internal sealed class SourcedQuestionAnswerConfiguration : IEntityTypeConfiguration<SourcedQuestionAnswer>
{
    public void Configure(EntityTypeBuilder<SourcedQuestionAnswer> builder)
    {
        builder.HasKey(a => new { a.QuestionId, a.ReflectionId });
        builder.Property(a => a.LinkedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Reflection>().WithMany().HasForeignKey(a => a.ReflectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ReflectionId);
        builder.HasIndex(a => a.LinkedAtUtc);
    }
}
