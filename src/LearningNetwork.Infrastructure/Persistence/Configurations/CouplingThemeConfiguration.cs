using LearningNetwork.Domain.Taxonomy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class CouplingThemeConfiguration : IEntityTypeConfiguration<CouplingTheme>
{
    public void Configure(EntityTypeBuilder<CouplingTheme> builder)
    {
        builder.ToTable("CouplingThemes");
        builder.HasKey(t => t.Key);
        builder.Property(t => t.Key).HasMaxLength(CouplingTheme.KeyMaxLength);
        builder.Property(t => t.Domain).HasConversion<string>().HasMaxLength(20);
        builder.HasLocalizedText(t => t.Title, "Title", 200);
        builder.HasLocalizedText(t => t.Description, "Description", 2000);
    }
}
