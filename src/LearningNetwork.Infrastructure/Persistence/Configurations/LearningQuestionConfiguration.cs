using LearningNetwork.Domain.Experiments;
using LearningNetwork.Domain.LearningAgenda;
using LearningNetwork.Domain.Municipalities;
using LearningNetwork.Domain.Reflections;
using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class LearningQuestionConfiguration : IEntityTypeConfiguration<LearningQuestion>
{
    public void Configure(EntityTypeBuilder<LearningQuestion> builder)
    {
        builder.Property(q => q.Text).HasMaxLength(LearningQuestion.TextMaxLength).IsRequired();
        builder.Property(q => q.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.Visibility).HasConversion<string>().HasMaxLength(20);
        builder.Property(q => q.AuthorUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Municipality>().WithMany().HasForeignKey(q => q.MunicipalityId).OnDelete(DeleteBehavior.Restrict);

        // Experiments are only ever soft-deleted; no database action keeps SQL Server's cascade paths single.
        builder.HasOne<Experiment>().WithMany().HasForeignKey(q => q.ExperimentId).OnDelete(DeleteBehavior.ClientSetNull);
        builder.HasMany(q => q.Barriers).WithOne().HasForeignKey(b => b.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Themes).WithOne().HasForeignKey(t => t.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.History).WithOne().HasForeignKey(h => h.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(q => q.Answers).WithOne().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(q => q.Barriers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(q => q.Themes).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(q => q.History).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(q => q.Answers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(q => new { q.State, q.Visibility, q.MunicipalityId });
        builder.HasIndex(q => new { q.MunicipalityId, q.State });
        builder.HasIndex(q => q.ExperimentId);
        builder.HasOne<SourcedQuestion>().WithMany().HasForeignKey(q => q.SourcedQuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(q => new { q.SourcedQuestionId, q.MunicipalityId });
        builder.HasIndex(q => q.AnsweredAtUtc);
    }
}

internal sealed class LearningQuestionBarrierConfiguration : IEntityTypeConfiguration<LearningQuestionBarrier>
{
    public void Configure(EntityTypeBuilder<LearningQuestionBarrier> builder)
    {
        builder.HasKey(b => new { b.QuestionId, b.BarrierNumber });
        builder.HasOne<Barrier>().WithMany().HasForeignKey(b => b.BarrierNumber).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(b => new { b.BarrierNumber, b.QuestionId });
    }
}

internal sealed class LearningQuestionThemeConfiguration : IEntityTypeConfiguration<LearningQuestionTheme>
{
    public void Configure(EntityTypeBuilder<LearningQuestionTheme> builder)
    {
        builder.HasKey(t => new { t.QuestionId, t.ThemeKey });
        builder.Property(t => t.ThemeKey).HasMaxLength(CouplingTheme.KeyMaxLength);
        builder.HasOne<CouplingTheme>().WithMany().HasForeignKey(t => t.ThemeKey).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.ThemeKey, t.QuestionId });
    }
}

internal sealed class LearningQuestionEventConfiguration : IEntityTypeConfiguration<LearningQuestionEvent>
{
    public void Configure(EntityTypeBuilder<LearningQuestionEvent> builder)
    {
        builder.ToTable("LearningQuestionHistory");
        builder.Property(h => h.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Text).HasMaxLength(LearningQuestion.TextMaxLength).IsRequired();
        builder.Property(h => h.Note).HasMaxLength(LearningQuestion.NoteMaxLength);
        builder.Property(h => h.UserId).HasMaxLength(450).IsRequired();
        builder.Property(h => h.LastAnswer).HasConversion<string>().HasMaxLength(20);
    }
}

internal sealed class LearningQuestionAnswerConfiguration : IEntityTypeConfiguration<LearningQuestionAnswer>
{
    public void Configure(EntityTypeBuilder<LearningQuestionAnswer> builder)
    {
        builder.HasKey(a => new { a.QuestionId, a.ReflectionId });
        builder.Property(a => a.LinkedByUserId).HasMaxLength(450).IsRequired();
        builder.HasOne<Reflection>().WithMany().HasForeignKey(a => a.ReflectionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.ReflectionId);
    }
}
