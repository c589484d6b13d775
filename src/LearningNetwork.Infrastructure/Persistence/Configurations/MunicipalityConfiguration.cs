using LearningNetwork.Domain.Municipalities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.Property(m => m.Name).HasMaxLength(Municipality.NameMaxLength).IsRequired();
        builder.Property(m => m.CbsCode).HasMaxLength(Municipality.CbsCodeLength).IsFixedLength().IsRequired();
        builder.Property(m => m.Province).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(m => m.CbsCode).IsUnique();
        builder.HasIndex(m => m.Name).IsUnique();
        builder.HasIndex(m => m.Province);
        builder.PrimitiveCollection(m => m.EmailDomains).HasMaxLength(1100).IsRequired();
    }
}
