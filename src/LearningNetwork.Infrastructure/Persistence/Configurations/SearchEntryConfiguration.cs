using LearningNetwork.Domain.Search;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class SearchEntryConfiguration : IEntityTypeConfiguration<SearchEntry>
{
    public void Configure(EntityTypeBuilder<SearchEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.ItemKey).HasMaxLength(SearchEntry.KeyMaxLength).IsRequired();
        builder.Property(e => e.Title).HasMaxLength(SearchEntry.TitleMaxLength).IsRequired();
        builder.Property(e => e.TitleEn).HasMaxLength(SearchEntry.TitleMaxLength);
        builder.Property(e => e.Text).HasMaxLength(SearchEntry.TextMaxLength).IsRequired();
        builder.Property(e => e.TextEn).HasMaxLength(SearchEntry.TextMaxLength);
        builder.Property(e => e.Words).IsRequired();
        builder.Property(e => e.Stems).IsRequired();
        builder.HasMany(e => e.Tags).WithOne().HasForeignKey(t => t.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(e => e.Tags).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(e => new { e.Kind, e.ItemId });
        builder.HasIndex(e => new { e.Kind, e.ItemKey });
        builder.HasIndex(e => new { e.MunicipalityId, e.DateUtc });
    }
}

internal sealed class SearchEntryTagConfiguration : IEntityTypeConfiguration<SearchEntryTag>
{
    public void Configure(EntityTypeBuilder<SearchEntryTag> builder)
    {
        builder.ToTable("SearchEntryTags");
        builder.HasKey(t => new { t.EntryId, t.Tag });
        builder.Property(t => t.Tag).HasMaxLength(SearchEntry.TagMaxLength);
        builder.HasIndex(t => new { t.Tag, t.EntryId });
    }
}
