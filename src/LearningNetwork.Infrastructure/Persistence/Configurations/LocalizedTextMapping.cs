using System.Linq.Expressions;
using LearningNetwork.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningNetwork.Infrastructure.Persistence.Configurations;

internal static class LocalizedTextMapping
{
    /// <summary>Maps a two-language text to two required columns, <c>{Name}Nl</c> and <c>{Name}En</c>.</summary>
    public static void HasLocalizedText<TEntity>(this EntityTypeBuilder<TEntity> builder, Expression<Func<TEntity, LocalizedText?>> property, string name, int maxLength)
        where TEntity : class =>
        builder.ComplexProperty(property, text =>
        {
            text.IsRequired();
            text.Property(t => t.Nl).HasColumnName(name + "Nl").HasMaxLength(maxLength).IsRequired();
            text.Property(t => t.En).HasColumnName(name + "En").HasMaxLength(maxLength).IsRequired();
        });
}
